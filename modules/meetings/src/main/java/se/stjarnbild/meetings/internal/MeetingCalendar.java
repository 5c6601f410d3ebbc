package se.stjarnbild.meetings.internal;

import java.time.Instant;
import se.stjarnbild.meetings.calendar.CalendarEvent;
import se.stjarnbild.model.meetings.Meeting;

/** A meeting as a calendar event: the same uid for its whole life, the sequence growing with each change. */
final class MeetingCalendar {

    private MeetingCalendar() {
    }

    static CalendarEvent event(Meeting meeting, String publicUrl) {
        String location = meeting.getVenue() == null ? meeting.getOnlineLink()
                : meeting.getVenue().getName() + ", " + meeting.getVenue().getAddress();
        return new CalendarEvent("meeting-" + meeting.getId() + "@stjarnbild", meeting.getSequenceNumber(),
                meeting.getTitle(), meeting.getDescription(), location,
                meeting.getOnlineLink() != null ? meeting.getOnlineLink() : publicUrl,
                meeting.getStartsAt(), meeting.getEndsAt(), meeting.isCancelled(), null, null,
                meeting.getCreatedAt() == null ? Instant.now() : meeting.getCreatedAt());
    }
}
