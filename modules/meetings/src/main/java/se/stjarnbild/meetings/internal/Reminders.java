package se.stjarnbild.meetings.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingStatus;
import se.stjarnbild.model.meetings.Registration;
import se.stjarnbild.model.meetings.RegistrationStatus;

/**
 * Reminds those with a seat, each meeting's own number of hours before it starts. Runs every five
 * minutes on every server; a meeting is claimed with a conditional update first, so with several
 * servers exactly one sends its reminders.
 */
@Singleton
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private MeetingMail mail;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void remindDue() {
        remindDue(Instant.now());
    }

    /** Sends the reminders due at {@code now}; returns how many meetings were reminded. */
    public int remindDue(Instant now) {
        List<Meeting> due = em.createQuery("select m from Meeting m where m.status = :scheduled and m.reminderSentAt is null "
                + "and m.startsAt > :now", Meeting.class).setParameter("scheduled", MeetingStatus.SCHEDULED)
                .setParameter("now", now).getResultStream()
                .filter(m -> !now.isBefore(m.getStartsAt().minus(Duration.ofHours(m.getReminderHours())))).toList();
        int reminded = 0;
        for (Meeting meeting : due) {
            int claimed = em.createQuery("update Meeting m set m.reminderSentAt = :now where m.id = :id "
                    + "and m.reminderSentAt is null").setParameter("now", now).setParameter("id", meeting.getId()).executeUpdate();
            if (claimed == 1) {
                em.createQuery("select r from Registration r where r.meeting = :meeting and r.status = :confirmed",
                        Registration.class).setParameter("meeting", meeting)
                        .setParameter("confirmed", RegistrationStatus.CONFIRMED).getResultStream().forEach(mail::reminder);
                reminded++;
            }
        }
        if (reminded > 0) {
            int count = reminded;
            LOG.info(() -> "Reminders sent for " + count + " meeting(s)");
        }
        return reminded;
    }
}
