package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's own page in a round: only their answers, never anyone else's. {@code closedOn} is the
 * day the round actually stopped taking answers (earlier than {@code closesOn} when staff closed
 * it early).
 */
public record FeedbackForm(String round, LocalDate closesOn, LocalDate closedOn, boolean open, String group,
        List<StarQuestion> stars, String proposal, Instant answeredAt) implements Serializable {

    /** The notice on a closed round's page: only a member who answered is thanked for answers kept. */
    public String closedNoticeKey() {
        return answeredAt == null ? "feedback.closedOn.unanswered" : "feedback.closedOn";
    }
}
