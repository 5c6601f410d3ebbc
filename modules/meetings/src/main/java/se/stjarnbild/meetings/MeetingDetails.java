package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.Instant;
import se.stjarnbild.model.meetings.MeetingStatus;

/** One meeting as its page and form show it. */
public record MeetingDetails(long id, long version, MeetingInput input, Instant startsAt, Instant endsAt,
        String venue, String venueAddress, MeetingStatus status, Integer seats, long confirmed, long waitlisted,
        String overrideReason) implements Serializable {
}
