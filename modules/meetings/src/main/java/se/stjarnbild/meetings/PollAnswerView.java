package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import se.stjarnbild.model.meetings.Availability;

/** A member's own page in a poll: the candidate times with their own answers; the chosen time once decided. */
public record PollAnswerView(String title, String group, boolean decided, Instant chosenStart, Instant chosenEnd,
        List<Slot> slots) implements Serializable {

    /** One candidate time and what this member answered (null: not yet). */
    public record Slot(long id, Instant start, Instant end, Availability answer) implements Serializable {
    }
}
