package se.stjarnbild.meetings.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import se.stjarnbild.model.audit.AuditAction;
import se.stjarnbild.model.audit.AuditWriter;

/**
 * Registrants agreed to their data being kept until the meeting is over: a configurable number of
 * days after a meeting ends (STJARNBILD_REGISTRATION_RETENTION_DAYS, default 30) their name,
 * e-mail, phone and needs are removed, and the e-mail sent about the meeting is deleted. The rows stay, so the numbers registered, seated, waiting,
 * arrived and per district stay. Runs nightly on every server; the one conditional update is
 * safe to run twice.
 */
@Singleton
public class RegistrationRetention {

    static final String REMOVED_NAME = "(borttagen)";
    private static final Logger LOG = Logger.getLogger(RegistrationRetention.class.getName());

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void nightly() {
        removeExpired(Instant.now());
    }

    /** Removes the personal data of registrations to meetings that ended more than the retention period before {@code now}. */
    public int removeExpired(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(retentionDays()));
        int removed = em.createQuery("update Registration r set r.name = :removed, r.email = null, r.phone = null, "
                + "r.needs = null, r.personalDataRemovedAt = :now where r.personalDataRemovedAt is null "
                + "and r.meeting.id in (select m.id from Meeting m where m.endsAt < :cutoff)")
                .setParameter("removed", REMOVED_NAME).setParameter("now", now).setParameter("cutoff", cutoff)
                .executeUpdate();
        // The e-mail sent about those meetings names the same people: it goes too.
        em.createQuery("delete from MailMessage m where m.meeting.id in (select t.id from Meeting t where t.endsAt < :cutoff)")
                .setParameter("cutoff", cutoff).executeUpdate();
        if (removed > 0) {
            // Reported once: a second server running the same job finds nothing left to remove.
            audit.event(AuditAction.RETENTION, AuditWriter.SYSTEM,
                    "Registration", null, removed + " registrations past " + retentionDays() + " days");
            LOG.info(() -> "Removed the personal data of " + removed + " registrations to meetings that ended before "
                    + cutoff + " (retention " + retentionDays() + " days)");
        }
        return removed;
    }

    /** Days after a meeting before its registrants' personal data is removed (the nightly job; also told in the consent). */
    public static int retentionDays() {
        return ConfigProvider.getConfig(RegistrationRetention.class.getClassLoader())
                .getOptionalValue("stjarnbild.registration.retention.days", Integer.class).filter(d -> d >= 0).orElse(30);
    }
}
