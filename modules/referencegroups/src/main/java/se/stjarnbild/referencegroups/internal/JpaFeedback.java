package se.stjarnbild.referencegroups.internal;

import se.stjarnbild.model.SwedishOrder;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.stjarnbild.meetings.PlainText;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.feedback.FeedbackAnswer;
import se.stjarnbild.model.feedback.FeedbackInvitation;
import se.stjarnbild.model.feedback.FeedbackRound;
import se.stjarnbild.referencegroups.AnswerInput;
import se.stjarnbild.referencegroups.Feedback;
import se.stjarnbild.referencegroups.FeedbackForm;
import se.stjarnbild.referencegroups.StarQuestion;

@Stateless
public class JpaFeedback implements Feedback {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Override
    public Optional<FeedbackForm> byToken(String token) {
        return invitation(token).map(invitation -> {
            Map<Long, FeedbackAnswer> given = answersOf(invitation);
            List<StarQuestion> questions = starsOf(invitation).stream().map(star -> {
                FeedbackAnswer a = given.get(star.getId());
                return new StarQuestion(star.getId(), star.getTitle(), star.getDescription(),
                        a == null ? null : a.getTruth(), a == null ? null : a.getUniqueness(),
                        a == null ? null : a.getComment());
            }).toList();
            FeedbackRound round = invitation.getRound();
            return new FeedbackForm(round.getTitle(), round.getClosesOn(),
                    RoundRules.closedOn(round.getClosedAt(), round.getClosesOn()), round.isOpenOn(Today.date()),
                    invitation.getGroup().getName(), questions, invitation.getProposal(), invitation.getAnsweredAt());
        });
    }

    @Override
    public void answer(String token, List<AnswerInput> answers, String proposal) {
        FeedbackInvitation invitation = invitation(token)
                .orElseThrow(() -> RefusedException.of("", "feedback.token.unknown"));
        em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
        if (!invitation.getRound().isOpenOn(Today.date())) {
            throw RefusedException.of("", "feedback.closed");
        }
        Map<Long, Star> stars = starsOf(invitation).stream().collect(Collectors.toMap(Star::getId, Function.identity()));
        Map<Long, String> titles = new HashMap<>();
        stars.forEach((id, star) -> titles.put(id, star.getTitle()));
        List<Problem> problems = AnswerRules.check(answers, proposal, titles);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        Map<Long, FeedbackAnswer> given = answersOf(invitation);
        boolean anything = false;
        for (AnswerInput input : answers) {
            String comment = PlainText.cleanKeepingLines(input.comment());
            FeedbackAnswer answer = given.get(input.starId());
            if (answer == null) {
                answer = new FeedbackAnswer(invitation, stars.get(input.starId()));
                em.persist(answer);
            }
            answer.answer(input.truth(), input.uniqueness(), comment.isEmpty() ? null : comment);
            anything |= !answer.isEmpty();
        }
        String proposed = PlainText.cleanKeepingLines(proposal);
        invitation.setProposal(proposed.isEmpty() ? null : proposed);
        anything |= !proposed.isEmpty() || given.values().stream().anyMatch(a -> !a.isEmpty());
        invitation.answered(anything ? Instant.now() : null);
    }

    /** The invitation behind a token, unless the token is malformed, unknown or its member erased. */
    private Optional<FeedbackInvitation> invitation(String token) {
        if (!FeedbackTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select i from FeedbackInvitation i where i.token = :token", FeedbackInvitation.class)
                .setParameter("token", token).getResultStream().findFirst()
                .filter(i -> !i.getMember().isErased());
    }

    /** The round's stars by title in Swedish order. */
    static List<Star> starsOf(FeedbackInvitation invitation) {
        List<Star> stars = new ArrayList<>(invitation.getRound().getStars());
        stars.sort(SwedishOrder.by(Star::getTitle).thenComparing(Star::getId));
        return stars;
    }

    private Map<Long, FeedbackAnswer> answersOf(FeedbackInvitation invitation) {
        return em.createQuery("select a from FeedbackAnswer a where a.invitation = :invitation", FeedbackAnswer.class)
                .setParameter("invitation", invitation).getResultStream()
                .collect(Collectors.toMap(a -> a.getStar().getId(), Function.identity()));
    }
}
