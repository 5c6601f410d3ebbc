package se.stjarnbild.referencegroups;

import java.util.List;
import java.util.Optional;

/**
 * A member's feedback through their personal link, with no login. A token that is not one of
 * ours shows nothing; after the round has closed the page says so and takes nothing.
 */
public interface Feedback {

    Optional<FeedbackForm> byToken(String token);

    /**
     * Saves a member's answers (replacing earlier ones) and their proposal for a missing star.
     * Refused, with nothing saved, for an unknown token, a closed round, a star not in the
     * round, a rating outside 1–5 or an over-long text ({@link se.stjarnbild.meetings.RefusedException}).
     */
    void answer(String token, List<AnswerInput> answers, String proposal);
}
