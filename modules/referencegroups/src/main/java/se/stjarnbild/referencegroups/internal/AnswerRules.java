package se.stjarnbild.referencegroups.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.stjarnbild.meetings.PlainText;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.referencegroups.AnswerInput;
import se.stjarnbild.referencegroups.RatingSummary;

/**
 * A member's answers before they are kept: each star must be one of the round's, each rating on
 * the 1–5 scale, each text within its length once markup is gone. Problems name the star's field
 * ("truth-12", "comment-12") so the page can point at it.
 */
public final class AnswerRules {

    public static final int MAX_TEXT = 4_000;

    private AnswerRules() {
    }

    /** {@code starTitles}: the round's stars by id, to name them in messages. */
    public static List<Problem> check(List<AnswerInput> answers, String proposal, Map<Long, String> starTitles) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (AnswerInput answer : answers) {
            String title = starTitles.get(answer.starId());
            if (title == null || !seen.add(answer.starId())) {
                problems.add(Problem.of("", "feedback.star.notInRound"));
                continue;
            }
            if (answer.truth() != null && !RatingSummary.onScale(answer.truth())) {
                problems.add(Problem.of("truth-" + answer.starId(), "feedback.rating.range", title));
            }
            if (answer.uniqueness() != null && !RatingSummary.onScale(answer.uniqueness())) {
                problems.add(Problem.of("uniqueness-" + answer.starId(), "feedback.rating.range", title));
            }
            if (PlainText.cleanKeepingLines(answer.comment()).length() > MAX_TEXT) {
                problems.add(Problem.of("comment-" + answer.starId(), "feedback.text.tooLong", MAX_TEXT));
            }
        }
        if (PlainText.cleanKeepingLines(proposal).length() > MAX_TEXT) {
            problems.add(Problem.of("proposal", "feedback.text.tooLong", MAX_TEXT));
        }
        return problems;
    }
}
