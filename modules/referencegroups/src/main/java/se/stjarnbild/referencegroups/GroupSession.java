package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.Instant;

/** One of a group's sessions (a meeting in the meetings module) and what the group concluded there. */
public record GroupSession(long meetingId, String title, Instant startsAt, String conclusion, String writtenBy,
        Instant writtenAt) implements Serializable {
}
