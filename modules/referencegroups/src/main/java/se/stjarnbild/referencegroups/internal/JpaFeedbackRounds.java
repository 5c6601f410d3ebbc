package se.stjarnbild.referencegroups.internal;

import se.stjarnbild.model.SwedishOrder;
import se.stjarnbild.model.audit.AuditWriter;
import se.stjarnbild.model.campaign.Municipality;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.stjarnbild.dialogue.Quotes;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.Mailer;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.dialogue.StarStatus;
import se.stjarnbild.model.feedback.FeedbackAnswer;
import se.stjarnbild.model.feedback.FeedbackInvitation;
import se.stjarnbild.model.feedback.FeedbackRound;
import se.stjarnbild.model.groups.GroupMember;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.groups.ReferenceGroupKind;
import se.stjarnbild.referencegroups.FeedbackRounds;
import se.stjarnbild.referencegroups.InvitationRow;
import se.stjarnbild.referencegroups.Letter;
import se.stjarnbild.referencegroups.Proposal;
import se.stjarnbild.referencegroups.Reminded;
import se.stjarnbild.referencegroups.Response;
import se.stjarnbild.referencegroups.RoundDetails;
import se.stjarnbild.referencegroups.RoundInput;
import se.stjarnbild.referencegroups.RoundRow;
import se.stjarnbild.referencegroups.StarResults;

@Stateless
public class JpaFeedbackRounds implements FeedbackRounds {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    @Resource
    private SessionContext session;

    @Inject
    private Mailer mailer;

    @Inject
    private Municipality municipality;

    @Inject
    private Stars stars;

    @Inject
    private Quotes quotes;

    @Override
    public long open(RoundInput input) {
        List<Problem> problems = new ArrayList<>(RoundRules.check(input, Today.date()));
        List<ReferenceGroup> groups = input.groupIds().stream().map(id -> em.find(ReferenceGroup.class, id)).toList();
        List<Star> chosen = input.starIds().stream().map(id -> em.find(Star.class, id)).toList();
        if (groups.contains(null)) {
            problems.add(Problem.of("groups", "group.notFound"));
        }
        if (chosen.contains(null)) {
            problems.add(Problem.of("stars", "round.star.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        FeedbackRound round = new FeedbackRound(input.title().strip(), input.closesOn(),
                session.getCallerPrincipal().getName(), Instant.now());
        round.getGroups().addAll(groups);
        round.getStars().addAll(chosen);
        em.persist(round);
        Set<Long> invited = new HashSet<>();
        Instant now = Instant.now();
        for (ReferenceGroup group : groups.stream().sorted(SwedishOrder.by(ReferenceGroup::getName)).toList()) {
            for (GroupMember member : MemberCounts.activeIn(em, group.getId(), Today.date())) {
                if (invited.add(member.getId())) {
                    FeedbackInvitation invitation = new FeedbackInvitation(round, member, group, FeedbackTokens.next());
                    em.persist(invitation);
                    if (RoundMail.invite(member.getEmail(), member.isErased())) {
                        // joins the outbox in this transaction: sent after the commit, like the reminders
                        java.util.Locale language = ReminderText.localeOf(member.getLanguage());
                        mailer.queue(member.getEmail(), ReminderText.invitationSubject(language, round.getTitle()),
                                ReminderText.invitationBody(language, member.getName(), group.getName(), round.getTitle(),
                                        round.getClosesOn(), FeedbackLinks.of(invitation.getToken()), municipality.getName()));
                        invitation.reminded(now);
                    }
                }
            }
        }
        if (invited.isEmpty()) {
            throw RefusedException.of("groups", "round.groups.noMembers");
        }
        em.flush();
        audit.links("FeedbackRound", round.getId(), "groups", List.of(), groups.stream().map(ReferenceGroup::getId).toList());
        audit.links("FeedbackRound", round.getId(), "stars", List.of(), chosen.stream().map(Star::getId).toList());
        return round.getId();
    }

    @Override
    public List<RoundRow> list() {
        Map<Long, long[]> tally = new LinkedHashMap<>();
        em.createQuery("select i.round.id, count(i), count(i.answeredAt) from FeedbackInvitation i group by i.round.id",
                Object[].class).getResultStream()
                .forEach(row -> tally.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]}));
        return em.createQuery("select r from FeedbackRound r order by r.openedAt desc, r.id desc", FeedbackRound.class)
                .setHint("eclipselink.batch", "r.groups").setHint("eclipselink.batch.type", "IN")
                .getResultList().stream().map(r -> {
                    long[] counts = tally.getOrDefault(r.getId(), new long[2]);
                    String groups = String.join(", ", r.getGroups().stream().map(ReferenceGroup::getName)
                            .sorted(SwedishOrder.texts()).toList());
                    return new RoundRow(r.getId(), r.getTitle(), r.getClosesOn(), r.isOpenOn(Today.date()), groups,
                            r.getStars().size(), counts[0], counts[1]);
                }).toList();
    }

    @Override
    public Optional<RoundDetails> find(long id) {
        FeedbackRound round = em.find(FeedbackRound.class, id);
        if (round == null) {
            return Optional.empty();
        }
        List<FeedbackInvitation> invitations = invitationsOf(round);
        Map<Long, long[]> perGroup = new LinkedHashMap<>();
        List<ReferenceGroup> groups = round.getGroups().stream().sorted(SwedishOrder.by(ReferenceGroup::getName)).toList();
        groups.forEach(g -> perGroup.put(g.getId(), new long[2]));
        for (FeedbackInvitation i : invitations) {
            long[] counts = perGroup.computeIfAbsent(i.getGroup().getId(), k -> new long[2]);
            counts[0]++;
            if (i.getAnsweredAt() != null) {
                counts[1]++;
            }
        }
        List<Response> responses = groups.stream()
                .map(g -> new Response(g.getId(), g.getName(), perGroup.get(g.getId())[0], perGroup.get(g.getId())[1]))
                .toList();
        List<InvitationRow> rows = invitations.stream().map(i -> new InvitationRow(i.getMember().getId(),
                i.getMember().getName(), i.getGroup().getName(), i.getMember().getEmail() != null,
                i.getMember().isErased(), i.getAnsweredAt(), i.getRemindedAt())).toList();
        List<String> titles = round.getStars().stream().map(Star::getTitle).sorted(SwedishOrder.texts()).toList();
        List<Proposal> proposals = invitations.stream().filter(i -> i.getProposal() != null)
                .map(i -> new Proposal(i.getGroup().getName(), i.getProposal())).toList();
        return Optional.of(new RoundDetails(round.getId(), round.getVersion(), round.getTitle(), round.getClosesOn(),
                round.isOpenOn(Today.date()), StaffNames.of(em, round.getOpenedBy()), round.getOpenedAt(), titles, responses, rows,
                proposals));
    }

    @Override
    public void close(long id) {
        FeedbackRound round = existing(id);
        if (round.getClosedAt() == null) {
            round.close(Instant.now());
        }
    }

    @Override
    public Reminded remind(long id) {
        FeedbackRound round = existing(id);
        if (!round.isOpenOn(Today.date())) {
            throw RefusedException.of("", "round.closed.refused");
        }
        Instant now = Instant.now();
        int sent = 0;
        int skipped = 0;
        for (FeedbackInvitation i : invitationsOf(round)) {
            GroupMember member = i.getMember();
            switch (RoundMail.reminder(i.getAnsweredAt(), member.getEmail(), member.isErased(), i.getRemindedAt(), now)) {
                case SEND -> {
                    java.util.Locale language = ReminderText.localeOf(member.getLanguage());
                    mailer.queue(member.getEmail(), ReminderText.subject(language, round.getTitle()), ReminderText.body(language,
                            member.getName(),
                            i.getGroup().getName(), round.getTitle(), round.getClosesOn(), FeedbackLinks.of(i.getToken()),
                            municipality.getName()));
                    i.reminded(now);
                    sent++;
                }
                case SKIP_RECENT -> skipped++;
                case NONE -> { }
            }
        }
        return new Reminded(sent, skipped);
    }

    @Override
    public List<Letter> letters(long id) {
        FeedbackRound round = existing(id);
        return invitationsOf(round).stream()
                .filter(i -> i.getAnsweredAt() == null && !i.getMember().isErased() && i.getMember().getEmail() == null)
                .map(i -> new Letter(i.getMember().getName(), i.getMember().getPostalAddress(), i.getGroup().getName(),
                        round.getTitle(), round.getClosesOn(),
                        ReminderText.link(FeedbackLinks.of(i.getToken()), ReminderText.localeOf(i.getMember().getLanguage())),
                        i.getMember().getLanguage()))
                .toList();
    }

    @Override
    public List<StarResults> results(Long roundId) {
        List<FeedbackAnswer> answers = em.createQuery("select a from FeedbackAnswer a join fetch a.invitation i "
                + "join fetch i.group where (:round is null or i.round.id = :round)", FeedbackAnswer.class)
                .setParameter("round", roundId).getResultList();
        return Results.perStar(answers);
    }

    @Override
    public long takeAsQuote(long answerId) {
        FeedbackAnswer answer = em.find(FeedbackAnswer.class, answerId);
        if (answer == null || answer.getComment() == null || answer.getComment().isBlank()) {
            throw RefusedException.of("", "results.comment.unknown");
        }
        if (answer.getQuoteId() != null) {
            return answer.getQuoteId();
        }
        ReferenceGroup group = answer.getInvitation().getGroup();
        Long districtId = group.getKind() == ReferenceGroupKind.DISTRICT ? group.getDistrict().getId() : null;
        long quoteId = quotes.addFromReferenceGroup(answer.getComment(), districtId, answer.getStar().getId());
        answer.takenAsQuote(quoteId);
        return quoteId;
    }

    @Override
    public List<Choice> stars() {
        return candidates(stars);
    }

    /** The stars still in play (not dropped), by title, to ask about and to show coverage for. */
    static List<Choice> candidates(Stars stars) {
        return stars.list().stream().filter(s -> s.status() != StarStatus.DROPPED)
                .map(s -> new Choice(s.id(), s.title())).toList();
    }

    /** A round's invitations by group, then member (Swedish order; one round's members, sorted here). */
    private List<FeedbackInvitation> invitationsOf(FeedbackRound round) {
        return em.createQuery("select i from FeedbackInvitation i join fetch i.member join fetch i.group "
                + "where i.round = :round", FeedbackInvitation.class)
                .setParameter("round", round).getResultStream()
                .sorted(SwedishOrder.by((FeedbackInvitation i) -> i.getGroup().getName())
                        .thenComparing(i -> i.getMember().getName(), SwedishOrder.texts())
                        .thenComparing(FeedbackInvitation::getId))
                .toList();
    }

    private FeedbackRound existing(long id) {
        FeedbackRound round = em.find(FeedbackRound.class, id);
        if (round == null) {
            throw RefusedException.of("", "round.notFound");
        }
        return round;
    }
}
