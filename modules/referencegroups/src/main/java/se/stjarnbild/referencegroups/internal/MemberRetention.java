package se.stjarnbild.referencegroups.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import se.stjarnbild.meetings.Mailer;
import se.stjarnbild.model.audit.AuditAction;
import se.stjarnbild.model.audit.AuditWriter;
import se.stjarnbild.model.groups.GroupMember;

/**
 * Members' personal data is kept while they take part: each night, members who left more than
 * STJARNBILD_MEMBER_RETENTION_DAYS (default 90) days ago are erased, and once the campaign's last
 * phase ended that long ago, every member is. Their ratings and comments stay, anonymous; the
 * e-mail sent to them goes. One audit entry says how many. Running on several servers is safe: an
 * erased member is not found again.
 */
@Singleton
public class MemberRetention {

    private static final Logger LOG = Logger.getLogger(MemberRetention.class.getName());
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditWriter audit;

    @Schedule(hour = "3", minute = "27", persistent = false)
    public void nightly() {
        removeExpired(Instant.now());
    }

    /** Erases the members whose period has passed at {@code now}; returns how many. */
    public int removeExpired(Instant now) {
        int days = retentionDays();
        LocalDate cutoff = LocalDate.ofInstant(now, SWEDEN).minusDays(days);
        LocalDate campaignEnd = em.createQuery("select max(p.endDate) from CampaignPhase p", LocalDate.class).getSingleResult();
        boolean processOver = campaignEnd != null && campaignEnd.isBefore(cutoff);
        List<GroupMember> expired = em.createQuery("select m from GroupMember m where m.erasedAt is null"
                + (processOver ? "" : " and m.leftOn is not null and m.leftOn < :cutoff"), GroupMember.class)
                .setParameter("cutoff", processOver ? null : cutoff).getResultList();
        for (GroupMember member : expired) {
            if (member.getEmail() != null) {
                mailer.forget(member.getEmail());
            }
            member.erase(now);
        }
        if (!expired.isEmpty()) {
            audit.event(AuditAction.RETENTION, AuditWriter.SYSTEM, "GroupMember", null,
                    expired.size() + " members past " + days + " days" + (processOver ? " after the campaign" : " after leaving"));
            LOG.info(() -> "Erased " + expired.size() + " reference-group members past their retention period");
        }
        return expired.size();
    }

    static int retentionDays() {
        return ConfigProvider.getConfig(MemberRetention.class.getClassLoader())
                .getOptionalValue("stjarnbild.member.retention.days", Integer.class).filter(d -> d >= 0).orElse(90);
    }
}
