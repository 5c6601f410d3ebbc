package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.Instant;
import se.stjarnbild.model.meetings.MeetingKind;
import se.stjarnbild.model.meetings.MeetingStatus;

/** A meeting as listed: when, where, and how full. {@code seats} null means no limit. */
public record MeetingRow(long id, MeetingKind kind, String title, Instant startsAt, Instant endsAt, String venue,
        MeetingStatus status, Integer seats, long confirmed, long waitlisted) implements Serializable {
}
