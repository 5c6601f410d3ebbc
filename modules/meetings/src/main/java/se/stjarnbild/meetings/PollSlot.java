package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.Instant;

/** A candidate time with its answers: how many said yes, if need be, no; {@code best} marks the time to choose. */
public record PollSlot(long id, Instant start, Instant end, long yes, long ifNeedBe, long no, boolean best)
        implements Serializable {
}
