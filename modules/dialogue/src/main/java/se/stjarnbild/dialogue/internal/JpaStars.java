package se.stjarnbild.dialogue.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.EvidenceSummary;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.StarDetails;
import se.stjarnbild.dialogue.StarInput;
import se.stjarnbild.dialogue.StarRow;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.dialogue.Tally;
import se.stjarnbild.model.audit.AuditWriter;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchKind;

/** Candidate stars on JPA; evidence counts are grouped in the database, never by loading quotes. */
@Stateless
public class JpaStars implements Stars {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Event<SearchChange> searchChanges;

    @Inject
    private AuditWriter audit;

    @Override
    public List<StarRow> list() {
        Map<Long, Long> evidence = new HashMap<>();
        em.createQuery("select s.id, count(e) from Star s join s.evidence e group by s.id", Object[].class)
                .getResultList().forEach(r -> evidence.put((Long) r[0], (Long) r[1]));
        Map<Long, List<String>> districts = new HashMap<>();
        em.createQuery("select s.id, d.name from Star s join s.districts d order by d.sortOrder, d.name", Object[].class)
                .getResultList().forEach(r -> districts.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return em.createQuery("select s from Star s", Star.class).getResultStream()
                .sorted(se.stjarnbild.model.SwedishOrder.by(Star::getTitle))
                .map(s -> new StarRow(s.getId(), s.getTitle(), s.getDescription(), s.getStatus(),
                        districts.getOrDefault(s.getId(), List.of()), evidence.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    @Override
    public Optional<StarDetails> find(long id) {
        return Optional.ofNullable(em.find(Star.class, id)).map(s -> new StarDetails(s.getId(), s.getVersion(),
                s.getTitle(), s.getDescription(), s.getStatus(), s.getDistricts().stream()
                        .sorted(Comparator.comparingInt(District::getSortOrder))
                        .map(d -> new Choice(d.getId(), d.getName())).toList()));
    }

    @Override
    public long save(Long id, long version, StarInput input) {
        Star star = null;
        if (id != null) {
            star = em.find(Star.class, id);
            if (star == null) {
                throw new InvalidInputException(List.of(new FieldProblem(null, "star.notFound")));
            }
            if (star.getVersion() != version) {
                throw new OptimisticLockException("star " + id + " changed");
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        String title = input.title() == null ? "" : input.title().trim();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "star.title.required"));
        } else if (title.length() > Star.MAX_TITLE) {
            problems.add(new FieldProblem("title", "star.title.tooLong"));
        } else if (titleTaken(title, id)) {
            problems.add(new FieldProblem("title", "star.title.taken"));
        }
        String description = QuoteText.clean(input.description());
        if (description.length() > Star.MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "star.description.tooLong"));
        }
        if (input.status() == null) {
            problems.add(new FieldProblem("status", "star.status.required"));
        }
        Set<District> districts = new HashSet<>();
        for (Long districtId : input.districtIds() == null ? Set.<Long>of() : input.districtIds()) {
            District district = em.find(District.class, districtId);
            if (district == null) {
                problems.add(new FieldProblem("districts", "star.districts.unknown"));
                break;
            }
            districts.add(district);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<Long> districtsBefore = new HashSet<>();
        if (star == null) {
            star = new Star(title);
            em.persist(star);
        } else {
            star.getDistricts().forEach(d -> districtsBefore.add(d.getId()));
        }
        star.setTitle(title);
        star.setDescription(description.isEmpty() ? null : description);
        star.setStatus(input.status());
        star.scopeTo(districts);
        em.flush();
        audit.linkSets("Star", star.getId(), "districts", districtsBefore, districts.stream().map(District::getId).toList());
        searchChanges.fire(SearchChange.saved(SearchKind.STAR, star.getId()));
        return star.getId();
    }

    private boolean titleTaken(String title, Long exceptId) {
        return em.createQuery("select count(s) from Star s where lower(s.title) = :title and s.id <> :id", Long.class)
                .setParameter("title", title.toLowerCase(Locale.ROOT)).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    @Override
    public void delete(long id) {
        Star star = em.find(Star.class, id);
        if (star != null) {
            List<FieldProblem> uses = StarUses.of(em, id);
            if (!uses.isEmpty()) {
                throw new InvalidInputException(uses);
            }
            em.remove(star);
            em.flush();
            searchChanges.fire(SearchChange.removed(SearchKind.STAR, List.of(id)));
        }
    }

    @Override
    public int link(long starId, Collection<Long> quoteIds) {
        Star star = existing(starId);
        Set<Long> already = evidenceIds(starId);
        List<Long> linked = new ArrayList<>();
        for (Long quoteId : new LinkedHashSet<>(quoteIds)) {
            if (already.contains(quoteId)) {
                continue;
            }
            Quote quote = em.find(Quote.class, quoteId);
            if (quote == null) {
                throw new InvalidInputException(List.of(new FieldProblem(null, "quote.notFound")));
            }
            star.getEvidence().add(quote);
            linked.add(quoteId);
        }
        em.flush();
        audit.links("Star", starId, "evidence", List.of(), linked);
        return linked.size();
    }

    @Override
    public void unlink(long starId, long quoteId) {
        int removed = em.createNativeQuery("delete from star_evidence where star_id = ?1 and quote_id = ?2")
                .setParameter(1, starId).setParameter(2, quoteId).executeUpdate();
        if (removed > 0) {
            audit.links("Star", starId, "evidence", List.of(quoteId), List.of());
        }
    }

    @Override
    public void relink(long quoteId, Set<Long> link, Set<Long> unlink) {
        for (Long starId : link) {
            link(starId, List.of(quoteId));
        }
        for (Long starId : unlink) {
            unlink(starId, quoteId);
        }
    }

    @Override
    public Set<Long> evidenceIds(long starId) {
        return new HashSet<>(em.createQuery("select e.id from Star s join s.evidence e where s.id = :star", Long.class)
                .setParameter("star", starId).getResultList());
    }

    @Override
    public EvidenceSummary evidence(long starId) {
        existing(starId);
        long quotes = em.createQuery("select count(e) from Star s join s.evidence e where s.id = :star", Long.class)
                .setParameter("star", starId).getSingleResult();
        return new EvidenceSummary(quotes,
                // left join: a contribution or a comment without a district is evidence too, counted as "no district" ("")
                tallies("select coalesce(d.name, ''), count(e) from Star s join s.evidence e left join e.district d where s.id = :star group by d.name", starId),
                tallies("select i.category, count(e) from Star s join s.evidence e join e.interview i where s.id = :star group by i.category", starId),
                tallies("select e.source, count(e) from Star s join s.evidence e where s.id = :star group by e.source", starId));
    }

    private List<Tally> tallies(String jpql, long starId) {
        return em.createQuery(jpql, Object[].class).setParameter("star", starId).getResultStream()
                .map(r -> new Tally(String.valueOf(r[0]), (Long) r[1]))
                .sorted(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key))
                .toList();
    }

    @Override
    public List<Choice> starsOf(long quoteId) {
        return em.createQuery("select s.id, s.title from Star s join s.evidence e where e.id = :quote order by s.title",
                Object[].class).setParameter("quote", quoteId).getResultStream()
                .map(r -> new Choice((Long) r[0], (String) r[1])).toList();
    }

    @Override
    public List<Choice> choices() {
        return em.createQuery("select s.id, s.title from Star s order by s.title", Object[].class).getResultStream()
                .map(r -> new Choice((Long) r[0], (String) r[1])).toList();
    }

    private Star existing(long starId) {
        Star star = em.find(Star.class, starId);
        if (star == null) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "star.notFound")));
        }
        return star;
    }
}
