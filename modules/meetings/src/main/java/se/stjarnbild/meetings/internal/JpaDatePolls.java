package se.stjarnbild.meetings.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.stjarnbild.meetings.DatePolls;
import se.stjarnbild.meetings.PollAnswerView;
import se.stjarnbild.meetings.PollDetails;
import se.stjarnbild.meetings.PollInput;
import se.stjarnbild.meetings.PollMember;
import se.stjarnbild.meetings.PollRow;
import se.stjarnbild.meetings.PollSlot;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.SlotInput;
import se.stjarnbild.meetings.mail.OutgoingMail;
import se.stjarnbild.meetings.scheduling.MeetingTime;
import se.stjarnbild.meetings.scheduling.PollTally;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.model.campaign.Municipality;
import se.stjarnbild.model.groups.GroupMember;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.meetings.Availability;
import se.stjarnbild.model.meetings.DatePoll;
import se.stjarnbild.model.meetings.DatePollAnswer;
import se.stjarnbild.model.meetings.DatePollInvitation;
import se.stjarnbild.model.meetings.DatePollSlot;
import se.stjarnbild.model.meetings.Meeting;

@Stateless
public class JpaDatePolls implements DatePolls {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private MailQueue mail;

    @Inject
    private Municipality municipality;

    @Override
    public long create(PollInput input) {
        List<Problem> problems = new ArrayList<>();
        if (input.title() == null || input.title().isBlank()) {
            problems.add(Problem.of("title", "poll.title.required"));
        } else if (input.title().strip().length() > 200) {
            problems.add(Problem.of("title", "poll.title.tooLong"));
        }
        ReferenceGroup group = input.groupId() == null ? null : em.find(ReferenceGroup.class, input.groupId());
        if (group == null) {
            problems.add(Problem.of("group", "poll.group.required"));
        }
        List<MeetingTime.Result> times = PollRules.times(input.slots(), Instant.now(), problems);
        List<GroupMember> members = group == null ? List.of() : members(group);
        if (group != null && members.isEmpty()) {
            problems.add(Problem.of("group", "poll.group.noMembers"));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        DatePoll poll = new DatePoll(input.title().strip(), group, session.getCallerPrincipal().getName(), Instant.now());
        em.persist(poll);
        times.forEach(t -> em.persist(new DatePollSlot(poll, t.start(), t.end())));
        for (GroupMember member : members) {
            DatePollInvitation invitation = new DatePollInvitation(poll, member, Tokens.newToken());
            em.persist(invitation);
            if (member.getEmail() != null) {
                java.util.Locale language = MailText.localeOf(member.getLanguage());
                mail.queue(new OutgoingMail(member.getEmail(), PollMail.subject(language, poll.getTitle()),
                        PollMail.body(language, member.getName(), group.getName(), poll.getTitle(), times,
                                PublicAddress.poll(invitation.getToken()), municipality.getName()), null), null);
            }
        }
        em.flush();
        return poll.getId();
    }

    private List<GroupMember> members(ReferenceGroup group) {
        LocalDate today = LocalDate.now(MeetingTime.ZONE);
        return em.createQuery("select m from GroupMember m join m.groups g where g = :group and m.erasedAt is null "
                + "and m.joinedOn <= :today and (m.leftOn is null or m.leftOn > :today)", GroupMember.class)
                .setParameter("group", group).setParameter("today", today).getResultStream()
                .sorted(se.stjarnbild.model.SwedishOrder.by(GroupMember::getName)).toList();
    }

    @Override
    public List<PollRow> list() {
        Map<Long, long[]> tally = new HashMap<>();
        em.createQuery("select i.poll.id, count(i), count(i.answeredAt) from DatePollInvitation i "
                + "where i.member.erasedAt is null group by i.poll.id",
                Object[].class).getResultStream().forEach(r -> tally.put((Long) r[0], new long[] {(Long) r[1], (Long) r[2]}));
        Map<Long, Long> slots = new HashMap<>();
        em.createQuery("select s.poll.id, count(s) from DatePollSlot s group by s.poll.id", Object[].class)
                .getResultStream().forEach(r -> slots.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select p from DatePoll p order by p.createdAt desc, p.id desc", DatePoll.class)
                .getResultStream().map(p -> {
                    long[] t = tally.getOrDefault(p.getId(), new long[2]);
                    return new PollRow(p.getId(), p.getTitle(), p.getGroup().getName(), slots.getOrDefault(p.getId(), 0L).intValue(),
                            t[0], t[1], p.getMeeting() == null ? null : p.getMeeting().getId(), p.getCreatedAt());
                }).toList();
    }

    @Override
    public Optional<PollDetails> find(long id) {
        DatePoll poll = em.find(DatePoll.class, id);
        if (poll == null) {
            return Optional.empty();
        }
        List<DatePollSlot> slots = slotsOf(poll);
        List<DatePollInvitation> invitations = em.createQuery("select i from DatePollInvitation i join fetch i.member "
                + "where i.poll = :poll order by i.id", DatePollInvitation.class).setParameter("poll", poll)
                .getResultStream().sorted(se.stjarnbild.model.SwedishOrder.by((DatePollInvitation i) -> i.getMember().getName()))
                .toList();
        Map<Long, Map<Long, Availability>> answers = new HashMap<>();
        em.createQuery("select a from DatePollAnswer a where a.invitation.poll = :poll", DatePollAnswer.class)
                .setParameter("poll", poll).getResultStream()
                .forEach(a -> answers.computeIfAbsent(a.getInvitation().getId(), k -> new HashMap<>())
                        .put(a.getSlot().getId(), a.getAvailability()));
        List<PollTally.Counts> counts = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            long slot = slots.get(i).getId();
            long[] c = new long[3];
            answers.values().forEach(byslot -> {
                Availability a = byslot.get(slot);
                if (a != null) {
                    c[a.ordinal()]++;
                }
            });
            counts.add(new PollTally.Counts(slot, i, c[0], c[1], c[2]));
        }
        Long best = PollTally.best(counts).orElse(null);
        List<PollSlot> rows = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            PollTally.Counts c = counts.get(i);
            rows.add(new PollSlot(c.slotId(), slots.get(i).getStartsAt(), slots.get(i).getEndsAt(), c.yes(), c.ifNeedBe(), c.no(),
                    Long.valueOf(c.slotId()).equals(best)));
        }
        List<PollMember> members = invitations.stream().filter(i -> !i.getMember().isErased())
                .map(i -> new PollMember(i.getMember().getName(), i.getMember().getEmail() != null, i.getAnsweredAt() != null,
                        answers.getOrDefault(i.getId(), Map.of()),
                        i.getMember().getEmail() == null ? PublicAddress.poll(i.getToken()) : null))
                .toList();
        return Optional.of(new PollDetails(poll.getId(), poll.getTitle(), poll.getGroup().getId(), poll.getGroup().getName(),
                poll.getMeeting() == null ? null : poll.getMeeting().getId(), rows, members));
    }

    @Override
    public Optional<SlotInput> slot(long pollId, long slotId) {
        DatePollSlot slot = em.find(DatePollSlot.class, slotId);
        if (slot == null || slot.getPoll().getId() != pollId) {
            return Optional.empty();
        }
        MeetingTime.FormTime form = MeetingTime.toForm(slot.getStartsAt(), slot.getEndsAt());
        return Optional.of(new SlotInput(form.day(), form.start(), form.end()));
    }

    @Override
    public void decide(long pollId, long slotId, long meetingId) {
        DatePoll poll = em.find(DatePoll.class, pollId, LockModeType.PESSIMISTIC_WRITE);
        DatePollSlot slot = em.find(DatePollSlot.class, slotId);
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (poll == null || slot == null || slot.getPoll() != poll || meeting == null) {
            throw RefusedException.of("", "poll.notFound");
        }
        if (poll.isDecided()) {
            throw RefusedException.of("", "poll.alreadyDecided");
        }
        poll.decide(meeting, Instant.now());
    }

    @Override
    public Optional<PollAnswerView> byToken(String token) {
        return invitation(token).map(i -> {
            DatePoll poll = i.getPoll();
            Map<Long, Availability> mine = new HashMap<>();
            em.createQuery("select a from DatePollAnswer a where a.invitation = :i", DatePollAnswer.class).setParameter("i", i)
                    .getResultStream().forEach(a -> mine.put(a.getSlot().getId(), a.getAvailability()));
            List<PollAnswerView.Slot> slots = slotsOf(poll).stream()
                    .map(s -> new PollAnswerView.Slot(s.getId(), s.getStartsAt(), s.getEndsAt(), mine.get(s.getId()))).toList();
            Meeting chosen = poll.getMeeting();
            return new PollAnswerView(poll.getTitle(), poll.getGroup().getName(), poll.isDecided(),
                    chosen == null ? null : chosen.getStartsAt(), chosen == null ? null : chosen.getEndsAt(), slots);
        });
    }

    @Override
    public void answer(String token, Map<Long, Availability> answers) {
        DatePollInvitation invitation = invitation(token).orElseThrow(() -> RefusedException.of("", "poll.token.unknown"));
        em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
        if (invitation.getPoll().isDecided()) {
            throw RefusedException.of("", "poll.closed");
        }
        Map<Long, DatePollSlot> slots = new HashMap<>();
        slotsOf(invitation.getPoll()).forEach(s -> slots.put(s.getId(), s));
        if (!slots.keySet().containsAll(answers.keySet())) {
            throw RefusedException.of("", "poll.slot.unknown");
        }
        Map<Long, DatePollAnswer> given = new HashMap<>();
        em.createQuery("select a from DatePollAnswer a where a.invitation = :i", DatePollAnswer.class)
                .setParameter("i", invitation).getResultStream().forEach(a -> given.put(a.getSlot().getId(), a));
        Set<Long> answered = new HashSet<>();
        answers.forEach((slotId, availability) -> {
            if (availability == null) {
                DatePollAnswer old = given.get(slotId);
                if (old != null) {
                    em.remove(old);
                }
                return;
            }
            answered.add(slotId);
            DatePollAnswer answer = given.get(slotId);
            if (answer == null) {
                em.persist(new DatePollAnswer(invitation, slots.get(slotId), availability));
            } else {
                answer.setAvailability(availability);
            }
        });
        boolean anyLeft = !answered.isEmpty() || given.keySet().stream().anyMatch(id -> !answers.containsKey(id));
        invitation.answered(anyLeft ? Instant.now() : null);
    }

    private Optional<DatePollInvitation> invitation(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select i from DatePollInvitation i where i.token = :t", DatePollInvitation.class)
                .setParameter("t", token).getResultStream().findFirst().filter(i -> !i.getMember().isErased());
    }

    private List<DatePollSlot> slotsOf(DatePoll poll) {
        return em.createQuery("select s from DatePollSlot s where s.poll = :poll", DatePollSlot.class).setParameter("poll", poll)
                .getResultStream().sorted(Comparator.comparing(DatePollSlot::getStartsAt)).toList();
    }
}
