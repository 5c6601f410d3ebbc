package se.stjarnbild.referencegroups.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.PlainText;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.model.feedback.GroupConclusion;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.groups.ReferenceGroupKind;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.users.AppUser;
import se.stjarnbild.referencegroups.GroupDetails;
import se.stjarnbild.referencegroups.GroupSession;
import se.stjarnbild.referencegroups.ReferenceGroupCounts;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.referencegroups.ReferenceGroupSummary;

@Stateless
public class JpaReferenceGroupOverview implements ReferenceGroupOverview {

    static final int MAX_CONCLUSION = 8_000;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Override
    public ReferenceGroupCounts counts() {
        return new ReferenceGroupCounts(countOfKind(ReferenceGroupKind.TARGET_GROUP),
                countOfKind(ReferenceGroupKind.DISTRICT));
    }

    @Override
    public List<ReferenceGroupSummary> groups() {
        Map<Long, Long> members = MemberCounts.activeByGroup(em, Today.date());
        return em.createNamedQuery(ReferenceGroup.ALL, ReferenceGroup.class).getResultList().stream()
                .map(g -> new ReferenceGroupSummary(g.getId(), g.getName(), g.getKind(), represents(g), contact(g),
                        members.getOrDefault(g.getId(), 0L)))
                .toList();
    }

    @Override
    public Optional<GroupDetails> details(long id) {
        ReferenceGroup group = em.find(ReferenceGroup.class, id);
        if (group == null) {
            return Optional.empty();
        }
        Map<Long, GroupConclusion> conclusions = new HashMap<>();
        em.createQuery("select c from GroupConclusion c where c.group = :group", GroupConclusion.class)
                .setParameter("group", group).getResultStream()
                .forEach(c -> conclusions.put(c.getMeeting().getId(), c));
        List<GroupSession> sessions = sessionsOf(group).stream()
                .map(m -> {
                    GroupConclusion c = conclusions.get(m.getId());
                    return new GroupSession(m.getId(), m.getTitle(), m.getStartsAt(), c == null ? null : c.getText(),
                            c == null ? null : StaffNames.of(em, c.getWrittenBy()), c == null ? null : c.getWrittenAt());
                })
                .toList();
        long members = MemberCounts.activeByGroup(em, Today.date()).getOrDefault(id, 0L);
        return Optional.of(new GroupDetails(group.getId(), group.getVersion(), group.getName(), group.getKind(),
                represents(group), group.getPurpose(), group.getContact() == null ? null : group.getContact().getId(),
                contact(group), members, sessions));
    }

    @Override
    public void describe(long id, long version, String purpose, Long contactUserId) {
        ReferenceGroup group = em.find(ReferenceGroup.class, id);
        if (group == null) {
            throw RefusedException.of("", "group.notFound");
        }
        if (group.getVersion() != version) {
            throw new OptimisticLockException("reference group " + id + " changed");
        }
        String text = PlainText.cleanKeepingLines(purpose);
        if (text.length() > 2000) {
            throw RefusedException.of("purpose", "member.tooLong", 2000);
        }
        AppUser contact = contactUserId == null ? null : em.find(AppUser.class, contactUserId);
        if (contactUserId != null && contact == null) {
            throw RefusedException.of("contact", "group.contact.unknown");
        }
        group.setPurpose(text.isEmpty() ? null : text);
        group.setContact(contact);
    }

    @Override
    public void conclude(long groupId, long meetingId, String text) {
        ReferenceGroup group = em.find(ReferenceGroup.class, groupId);
        if (group == null) {
            throw RefusedException.of("", "group.notFound");
        }
        Meeting meeting = sessionsOf(group).stream().filter(m -> m.getId() == meetingId).findFirst()
                .orElseThrow(() -> RefusedException.of("", "group.session.unknown"));
        String clean = PlainText.cleanKeepingLines(text);
        if (clean.length() > MAX_CONCLUSION) {
            throw RefusedException.of("conclusion-" + meetingId, "member.tooLong", MAX_CONCLUSION);
        }
        GroupConclusion conclusion = em.createQuery("select c from GroupConclusion c where c.group = :group "
                + "and c.meeting = :meeting", GroupConclusion.class)
                .setParameter("group", group).setParameter("meeting", meeting).getResultStream().findFirst().orElse(null);
        if (clean.isEmpty()) {
            if (conclusion != null) {
                em.remove(conclusion);
            }
            return;
        }
        if (conclusion == null) {
            conclusion = new GroupConclusion(group, meeting);
            em.persist(conclusion);
        }
        conclusion.write(clean, session.getCallerPrincipal().getName(), Instant.now());
    }

    @Override
    public List<Choice> staff() {
        return em.createQuery("select u from AppUser u where u.enabled = true order by u.displayName", AppUser.class)
                .getResultStream().map(u -> new Choice(u.getId(), u.getDisplayName())).toList();
    }

    private List<Meeting> sessionsOf(ReferenceGroup group) {
        return em.createQuery("select m from Meeting m join m.referenceGroups g where g = :group", Meeting.class)
                .setParameter("group", group).getResultStream()
                .sorted(Comparator.comparing(Meeting::getStartsAt)).toList();
    }

    private long countOfKind(ReferenceGroupKind kind) {
        return em.createQuery("select count(g) from ReferenceGroup g where g.kind = :kind", Long.class)
                .setParameter("kind", kind)
                .getSingleResult();
    }

    private static String represents(ReferenceGroup group) {
        return group.getKind() == ReferenceGroupKind.TARGET_GROUP
                ? group.getTargetGroup().getName()
                : group.getDistrict().getName();
    }

    private static String contact(ReferenceGroup group) {
        return group.getContact() == null ? "" : group.getContact().getDisplayName();
    }

}
