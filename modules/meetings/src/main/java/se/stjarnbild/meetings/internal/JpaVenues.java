package se.stjarnbild.meetings.internal;

import se.stjarnbild.meetings.PlainText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.VenueInput;
import se.stjarnbild.meetings.VenueRow;
import se.stjarnbild.meetings.Venues;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingStatus;
import se.stjarnbild.model.meetings.Venue;

/** Venues on JPA; a venue a meeting uses is kept. */
@Stateless
public class JpaVenues implements Venues {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 400;
    static final int MAX_NOTES = 2_000;
    static final int MAX_CAPACITY = 100_000;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private WaitlistKeeper waitlist;

    @Override
    public List<VenueRow> list() {
        Map<Long, Long> uses = new HashMap<>();
        em.createQuery("select m.venue.id, count(m) from Meeting m where m.venue is not null group by m.venue.id",
                Object[].class).getResultList().forEach(r -> uses.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select v from Venue v left join fetch v.district", Venue.class)
                .getResultStream().sorted(se.stjarnbild.model.SwedishOrder.by(Venue::getName)).map(v -> new VenueRow(v.getId(), v.getVersion(), v.getName(), v.getAddress(),
                        v.getDistrict() == null ? null : v.getDistrict().getId(),
                        v.getDistrict() == null ? null : v.getDistrict().getName(), v.getCapacity(), v.isStepFree(),
                        v.isHearingLoop(), v.getAccessibilityNotes(), v.getFacilities(), uses.getOrDefault(v.getId(), 0L)))
                .toList();
    }

    @Override
    public long save(Long id, long version, VenueInput input) {
        Venue venue = null;
        if (id != null) {
            venue = em.find(Venue.class, id);
            if (venue == null) {
                throw RefusedException.of("", "venue.notFound");
            }
            if (venue.getVersion() != version) {
                throw new OptimisticLockException("venue " + id + " changed");
            }
        }
        List<Problem> problems = new ArrayList<>();
        String name = PlainText.clean(input.name());
        String address = PlainText.clean(input.address());
        if (name.isEmpty()) {
            problems.add(Problem.of("name", "venue.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.of("name", "venue.name.tooLong", MAX_NAME));
        } else if (em.createQuery("select count(v) from Venue v where lower(v.name) = :name and v.id <> :id", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).setParameter("id", id == null ? -1L : id)
                .getSingleResult() > 0) {
            problems.add(Problem.of("name", "venue.name.taken"));
        }
        if (address.isEmpty()) {
            problems.add(Problem.of("address", "venue.address.required"));
        } else if (address.length() > MAX_ADDRESS) {
            problems.add(Problem.of("address", "venue.address.tooLong", MAX_ADDRESS));
        }
        if (input.capacity() == null || input.capacity() < 1 || input.capacity() > MAX_CAPACITY) {
            problems.add(Problem.of("capacity", "venue.capacity.invalid", MAX_CAPACITY));
        }
        District district = input.districtId() == null ? null : em.find(District.class, input.districtId());
        String accessibility = PlainText.clean(input.accessibilityNotes());
        String facilities = PlainText.clean(input.facilities());
        if (accessibility.length() > MAX_NOTES) {
            problems.add(Problem.of("accessibilityNotes", "venue.notes.tooLong", MAX_NOTES));
        }
        if (facilities.length() > MAX_NOTES) {
            problems.add(Problem.of("facilities", "venue.notes.tooLong", MAX_NOTES));
        }
        List<Meeting> seatedHere = venue == null || input.capacity() == null || input.capacity() == venue.getCapacity()
                ? List.of() : meetingsOnVenueSeats(venue);
        for (Meeting meeting : seatedHere) {
            problems.addAll(waitlist.of(meeting).checkCapacity(input.capacity()));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        if (venue == null) {
            venue = new Venue(name, address, input.capacity());
            em.persist(venue);
        }
        venue.setName(name);
        venue.setAddress(address);
        venue.setCapacity(input.capacity());
        venue.setDistrict(district);
        venue.setStepFree(input.stepFree());
        venue.setHearingLoop(input.hearingLoop());
        venue.setAccessibilityNotes(accessibility.isEmpty() ? null : accessibility);
        venue.setFacilities(facilities.isEmpty() ? null : facilities);
        em.flush();
        seatedHere.forEach(waitlist::promoteInto);
        return venue.getId();
    }

    /** Coming meetings that take their seats from the venue, locked so their seats are decided one at a time. */
    private List<Meeting> meetingsOnVenueSeats(Venue venue) {
        return em.createQuery("select m from Meeting m where m.venue = :venue and m.capacity is null and m.endsAt > :now "
                + "and m.status = :scheduled", Meeting.class).setParameter("venue", venue)
                .setParameter("now", java.time.Instant.now()).setParameter("scheduled", MeetingStatus.SCHEDULED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public void delete(long id) {
        Venue venue = em.find(Venue.class, id);
        if (venue == null) {
            return;
        }
        if (em.createQuery("select count(m) from Meeting m where m.venue = :venue", Long.class)
                .setParameter("venue", venue).getSingleResult() > 0) {
            throw RefusedException.of("", "venue.delete.inUse");
        }
        em.remove(venue);
        em.flush();
    }
}
