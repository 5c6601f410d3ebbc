package se.stjarnbild.dialogue.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.PlaceInput;
import se.stjarnbild.dialogue.PlaceRow;
import se.stjarnbild.dialogue.Places;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.Village;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchKind;

/** Places on JPA; a place in use (by an interview or a quote) is kept, since evidence points at it. */
@Stateless
public class JpaPlaces implements Places {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2_000;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Event<SearchChange> searchChanges;

    @Override
    public List<PlaceRow> list() {
        Map<Long, Long> quotes = new HashMap<>();
        em.createQuery("select q.place.id, count(q) from Quote q where q.place is not null group by q.place.id",
                Object[].class).getResultList().forEach(r -> quotes.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select p from Place p left join fetch p.village join fetch p.district d "
                + "order by d.sortOrder, p.name", Place.class).getResultStream()
                .map(p -> new PlaceRow(p.getId(), p.getVersion(), p.getName(), p.getKind(), p.getDistrict().getId(),
                        p.getDistrict().getName(), p.getVillage() == null ? null : p.getVillage().getId(),
                        p.getVillage() == null ? null : p.getVillage().getName(), p.getDescription(),
                        quotes.getOrDefault(p.getId(), 0L)))
                .toList();
    }

    @Override
    public long save(Long id, long version, PlaceInput input) {
        Place place = null;
        if (id != null) {
            place = em.find(Place.class, id);
            if (place == null) {
                throw new InvalidInputException(List.of(new FieldProblem(null, "place.notFound")));
            }
            if (place.getVersion() != version) {
                throw new OptimisticLockException("place " + id + " changed");
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().trim();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "place.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "place.name.tooLong"));
        } else if (em.createQuery("select count(p) from Place p where lower(p.name) = :name and p.id <> :id", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).setParameter("id", id == null ? -1L : id)
                .getSingleResult() > 0) {
            problems.add(new FieldProblem("name", "place.name.taken"));
        }
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "place.kind.required"));
        }
        District district = input.districtId() == null ? null : em.find(District.class, input.districtId());
        if (district == null) {
            problems.add(new FieldProblem("district", "interview.district.required"));
        }
        Village village = input.villageId() == null ? null : em.find(Village.class, input.villageId());
        if (village != null && district != null && !village.getDistrict().equals(district)) {
            problems.add(new FieldProblem("village", "interview.village.outsideDistrict"));
        }
        String description = QuoteText.clean(input.description());
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "place.description.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (place == null) {
            place = new Place(name, input.kind(), district);
            em.persist(place);
        }
        place.setName(name);
        place.setKind(input.kind());
        place.setDistrict(district);
        place.setVillage(village);
        place.setDescription(description.isEmpty() ? null : description);
        em.flush();
        searchChanges.fire(SearchChange.saved(SearchKind.PLACE, place.getId()));
        return place.getId();
    }

    @Override
    public void delete(long id) {
        Place place = em.find(Place.class, id);
        if (place == null) {
            return;
        }
        long uses = em.createQuery("select count(q) from Quote q where q.place = :place", Long.class)
                .setParameter("place", place).getSingleResult()
                + em.createQuery("select count(i) from Interview i where i.place = :place", Long.class)
                .setParameter("place", place).getSingleResult();
        if (uses > 0) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "place.delete.inUse")));
        }
        em.remove(place);
        em.flush();
        searchChanges.fire(SearchChange.removed(SearchKind.PLACE, List.of(id)));
    }
}
