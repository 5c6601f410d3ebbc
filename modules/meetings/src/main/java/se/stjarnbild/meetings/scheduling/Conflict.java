package se.stjarnbild.meetings.scheduling;

import java.time.Instant;

/**
 * A clash between the proposed meeting and another one. The other meeting's title and times are
 * carried along so the warning can say which meeting it is without another lookup.
 *
 * @param subjectId what is shared: the venue, organiser (user), reference group or member id,
 *                  depending on {@code kind}
 */
public record Conflict(ConflictKind kind, long otherMeetingId, String otherTitle, Instant otherStart,
        Instant otherEnd, Long subjectId) {
}
