package se.stjarnbild.dialogue.internal;

import se.stjarnbild.model.audit.AuditWriter;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.QuoteDetails;
import se.stjarnbild.dialogue.QuoteFilter;
import se.stjarnbild.dialogue.QuoteListRow;
import se.stjarnbild.dialogue.Quotes;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchKind;

/**
 * The quote list in two steps, as the interview list: the page's ids from the quote table alone
 * (newest first along an index), then just those rows with their places, interview and themes.
 */
@Stateless
public class JpaQuotes implements Quotes {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    @Inject
    private Event<SearchChange> searchChanges;

    @Override
    public List<QuoteListRow> page(QuoteFilter filter, int first, int size) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> idQuery = em.createQuery("select q.id from Quote q" + where(filter, parameters)
                + " order by q.createdAt desc, q.id desc", Long.class).setFirstResult(first).setMaxResults(size);
        parameters.forEach(idQuery::setParameter);
        List<Long> ids = idQuery.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> themes = new HashMap<>();
        em.createQuery("select q.id, t.name, p.name from Quote q join q.themes t left join t.parent p "
                + "where q.id in :ids order by p.name, t.name", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> themes.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(r[2] == null ? (String) r[1] : r[2] + " › " + r[1]));
        Map<Long, QuoteListRow> byId = new HashMap<>();
        em.createQuery("select q.id, q.text, d.name, v.name, p.name, q.source, q.attribution, i.id, i.date from Quote q "
                + "left join q.district d left join q.village v left join q.place p left join q.interview i "
                + "where q.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> byId.put((Long) r[0], new QuoteListRow((Long) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (QuoteSource) r[5], (AttributionLevel) r[6], (Long) r[7],
                        (LocalDate) r[8], themes.getOrDefault((Long) r[0], List.of()))));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long count(QuoteFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(q) from Quote q" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    static String where(QuoteFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.districtId() != null) {
            conditions.add("q.district.id = :district");
            parameters.put("district", filter.districtId());
        }
        if (filter.source() != null) {
            conditions.add("q.source = :source");
            parameters.put("source", filter.source());
        }
        if (filter.attribution() != null) {
            conditions.add("q.attribution = :attribution");
            parameters.put("attribution", filter.attribution());
        }
        if (filter.words() != null && !filter.words().isBlank()) {
            conditions.add("lower(q.text) like :words");
            parameters.put("words", Jpql.containing(filter.words()));
        }
        if (filter.themeId() != null) {
            conditions.add("q.id in (select c.id from Quote c join c.themes t left join t.parent tp "
                    + "where t.id = :theme or tp.id = :theme)");
            parameters.put("theme", filter.themeId());
        }
        if (filter.category() != null) {
            conditions.add("q.interview.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.starId() != null) {
            conditions.add("q.id in (select e.id from Star s join s.evidence e where s.id = :star)");
            parameters.put("star", filter.starId());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    @Override
    public Optional<QuoteDetails> find(long id) {
        return Optional.ofNullable(em.find(Quote.class, id)).map(q -> new QuoteDetails(q.getId(), q.getVersion(),
                q.getText(), q.getAttribution(), q.getSource(),
                q.getDistrict() == null ? null : q.getDistrict().getName(),
                q.getVillage() == null ? null : q.getVillage().getName(),
                q.getPlace() == null ? null : q.getPlace().getName(),
                q.getInterview() == null ? null : q.getInterview().getId(),
                q.getInterview() == null ? null : q.getInterview().getDate(),
                q.getInterview() == null ? null : q.getInterview().getCategory()));
    }

    @Override
    public void update(long id, long version, String text, AttributionLevel attribution) {
        Quote quote = em.find(Quote.class, id);
        if (quote == null) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "quote.notFound")));
        }
        if (quote.getVersion() != version) {
            throw new OptimisticLockException("quote " + id + " changed");
        }
        String clean = QuoteText.clean(text);
        List<FieldProblem> problems = QuoteRules.check(clean, attribution);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        quote.setText(clean);
        quote.setAttribution(attribution);
        em.flush();
        searchChanges.fire(SearchChange.saved(SearchKind.QUOTE, id));
    }

    @Override
    public void delete(long id) {
        em.flush();
        QuoteRemoval.one(em, id);
        searchChanges.fire(SearchChange.removed(SearchKind.QUOTE, List.of(id)));
    }

    @Override
    public long addFromReferenceGroup(String text, Long districtId, long starId) {
        String clean = QuoteText.clean(text);
        List<FieldProblem> problems = QuoteRules.check(clean, AttributionLevel.ANONYMOUS);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Star star = em.find(Star.class, starId);
        if (star == null) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "star.notFound")));
        }
        Quote quote = new Quote(clean, QuoteSource.REFERENCE_GROUP);
        quote.setAttribution(AttributionLevel.ANONYMOUS);
        if (districtId != null) {
            quote.setDistrict(em.getReference(District.class, districtId));
        }
        em.persist(quote);
        star.getEvidence().add(quote);
        em.flush();
        audit.links("Star", starId, "evidence", List.of(), List.of(quote.getId()));
        searchChanges.fire(SearchChange.saved(SearchKind.QUOTE, quote.getId()));
        return quote.getId();
    }
}
