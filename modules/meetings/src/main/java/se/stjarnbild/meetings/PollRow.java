package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.Instant;

/** A poll as listed: for which group, how many asked and answered, and the meeting once decided. */
public record PollRow(long id, String title, String group, int slots, long invited, long answered, Long meetingId,
        Instant createdAt) implements Serializable {

    public boolean decided() {
        return meetingId != null;
    }
}
