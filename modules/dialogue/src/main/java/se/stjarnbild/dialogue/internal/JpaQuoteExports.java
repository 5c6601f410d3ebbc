package se.stjarnbild.dialogue.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.dialogue.QuoteExportRow;
import se.stjarnbild.dialogue.QuoteExports;
import se.stjarnbild.dialogue.QuoteFilter;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** Export batches: keyset paging by id (no offsets, so the last batch costs what the first does). */
@Stateless
public class JpaQuoteExports implements QuoteExports {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Override
    public List<QuoteExportRow> batch(QuoteFilter filter, long afterId, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = JpaQuotes.where(filter, parameters);
        where = (where.isEmpty() ? " where " : where + " and ") + "q.id > :after";
        parameters.put("after", afterId);
        TypedQuery<Object[]> query = em.createQuery("select q.id, q.text, p.name, v.name, d.name, q.source, q.attribution, "
                + "i.date, i.category from Quote q left join q.place p left join q.village v left join q.district d "
                + "left join q.interview i" + where + " order by q.id", Object[].class).setMaxResults(size);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> themes = names("select q.id, t.name, tp.name from Quote q join q.themes t "
                + "left join t.parent tp where q.id in :ids order by tp.name, t.name", ids);
        Map<Long, List<String>> stars = names("select e.id, s.title from Star s join s.evidence e "
                + "where e.id in :ids order by s.title", ids);
        List<QuoteExportRow> batch = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            batch.add(new QuoteExportRow(id, (String) r[1], themes.getOrDefault(id, List.of()), (String) r[2],
                    (String) r[3], (String) r[4], (QuoteSource) r[5], (AttributionLevel) r[6], (LocalDate) r[7],
                    (RespondentCategory) r[8], stars.getOrDefault(id, List.of())));
        }
        em.clear();
        return batch;
    }

    /** Names per quote id; a sub-theme is written "Top › Sub". */
    private Map<Long, List<String>> names(String jpql, List<Long> ids) {
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(r.length < 3 || r[2] == null ? (String) r[1] : r[2] + " › " + r[1]));
        return names;
    }
}
