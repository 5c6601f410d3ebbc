package se.stjarnbild.dialogue.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.stjarnbild.dialogue.search.SearchDocument;
import se.stjarnbild.dialogue.search.SearchKind;

/** What the search index holds for each quote, interview, place and star, read in id order by batch. */
@Stateless
public class SearchDocuments {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    public List<SearchDocument> batch(SearchKind kind, long afterId, int size) {
        return batchUpTo(kind, afterId, Long.MAX_VALUE, size);
    }

    /** Like {@link #batch}, but only up to {@code upToId}: the documents of one block of new ids. */
    public List<SearchDocument> batchUpTo(SearchKind kind, long afterId, long upToId, int size) {
        List<SearchDocument> documents = em.createQuery(select(kind) + " and x.id > :after and x.id <= :upTo order by x.id",
                        Object[].class)
                .setParameter("after", afterId).setParameter("upTo", upToId).setMaxResults(size).getResultStream()
                .map(row -> document(kind, row)).toList();
        em.clear();
        return documents;
    }

    public Optional<SearchDocument> one(SearchKind kind, long id) {
        return em.createQuery(select(kind) + " and x.id = :id", Object[].class).setParameter("id", id)
                .getResultStream().findFirst().map(row -> document(kind, row));
    }

    public long total() {
        return em.createQuery("select count(q) from Quote q", Long.class).getSingleResult()
                + em.createQuery("select count(i) from Interview i", Long.class).getSingleResult()
                + em.createQuery("select count(p) from Place p", Long.class).getSingleResult()
                + em.createQuery("select count(s) from Star s", Long.class).getSingleResult();
    }

    private static String select(SearchKind kind) {
        return switch (kind) {
            case QUOTE -> "select x.id, x.text, d.id from Quote x left join x.district d where 1 = 1";
            case INTERVIEW -> "select x.id, x.interviewer, x.date, p.name, v.name, x.homeRegion, x.notes, d.id "
                    + "from Interview x join x.district d left join x.place p left join x.village v where 1 = 1";
            case PLACE -> "select x.id, x.name, x.description, d.id from Place x join x.district d where 1 = 1";
            case STAR -> "select x.id, x.title, x.description from Star x where 1 = 1";
        };
    }

    /** Interviews are titled by where and by whom ("2026-07-15 · Hotagsströmmen · Anna Berg") and searched by their notes. */
    private static SearchDocument document(SearchKind kind, Object[] r) {
        long id = (Long) r[0];
        return switch (kind) {
            case QUOTE -> new SearchDocument(kind, id, null, (String) r[1], (Long) r[2]);
            case INTERVIEW -> new SearchDocument(kind, id, String.join(" · ", ((LocalDate) r[2]).toString(),
                    r[3] != null ? (String) r[3] : r[4] != null ? (String) r[4] : "", (String) r[1]).replace(" ·  · ", " · "),
                    String.join(" ", r[5] == null ? "" : (String) r[5], r[6] == null ? "" : (String) r[6]).trim(), (Long) r[7]);
            case PLACE -> new SearchDocument(kind, id, (String) r[1], (String) r[2], (Long) r[3]);
            case STAR -> new SearchDocument(kind, id, (String) r[1], (String) r[2], null);
        };
    }
}
