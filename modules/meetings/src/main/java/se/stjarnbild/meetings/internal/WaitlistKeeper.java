package se.stjarnbild.meetings.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.stjarnbild.meetings.scheduling.Waitlist;
import se.stjarnbild.meetings.scheduling.WaitlistEntry;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.Registration;
import se.stjarnbild.model.meetings.RegistrationStatus;

/**
 * The waitlist rules applied to a meeting's stored registrations, in the caller's transaction.
 * Callers hold the meeting's row lock, so two requests never both take the last seat.
 */
@ApplicationScoped
public class WaitlistKeeper {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private MeetingMail mail;

    /** Seats taken and people waiting, counted in the database; walk-ins take no seat from the list. */
    record Counts(long confirmed, long waiting) {
    }

    Counts counts(Meeting meeting) {
        long confirmed = 0;
        long waiting = 0;
        for (Object[] row : em.createQuery("select r.status, count(r) from Registration r where r.meeting = :meeting "
                + "and r.walkIn = false group by r.status", Object[].class).setParameter("meeting", meeting).getResultList()) {
            if (row[0] == RegistrationStatus.CONFIRMED) {
                confirmed = (Long) row[1];
            } else if (row[0] == RegistrationStatus.WAITLISTED) {
                waiting = (Long) row[1];
            }
        }
        return new Counts(confirmed, waiting);
    }

    /** Seats taken at each of the meetings, in one query (a public list shows several). */
    Map<Long, Long> confirmedByMeeting(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r.meeting.id, count(r) from Registration r where r.meeting in :meetings "
                + "and r.status = :confirmed and r.walkIn = false group by r.meeting.id", Object[].class)
                .setParameter("meetings", meetings).setParameter("confirmed", RegistrationStatus.CONFIRMED).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    Waitlist of(Meeting meeting) {
        List<WaitlistEntry> entries = em.createQuery("select r.id, r.status, r.createdAt from Registration r "
                + "where r.meeting = :meeting and r.walkIn = false order by r.createdAt, r.id", Object[].class)
                .setParameter("meeting", meeting).getResultStream()
                .map(r -> new WaitlistEntry((Long) r[0], (RegistrationStatus) r[1], (Instant) r[2])).toList();
        return new Waitlist(meeting.seats(), entries);
    }

    /**
     * Gives free seats to those waiting, first come first served, and tells each of them; never
     * once the meeting has ended or was cancelled (a seat then helps nobody, and the mail would mislead).
     * Walk-ins are in the room already and take no seat from the list.
     */
    void promoteInto(Meeting meeting) {
        if (meeting.isCancelled() || !meeting.getEndsAt().isAfter(java.time.Instant.now())) {
            return;
        }
        for (Long id : of(meeting).toPromote()) {
            Registration registration = em.find(Registration.class, id);
            registration.promote();
            mail.promoted(registration);
        }
    }
}
