package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A member's own page in a round: only their answers, never anyone else's. */
public record FeedbackForm(String round, LocalDate closesOn, boolean open, String group, List<StarQuestion> stars,
        String proposal, Instant answeredAt) implements Serializable {
}
