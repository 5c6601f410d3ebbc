package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import se.stjarnbild.model.meetings.MeetingKind;

/**
 * A meeting as the organiser enters it: one day with a start and an end in Europe/Stockholm time,
 * a venue or an online link, who organises it, which reference groups it is for. {@code capacity}
 * null means the venue's. {@code overrideReason} keeps a meeting despite the conflicts shown.
 */
public record MeetingInput(MeetingKind kind, String title, String description, LocalDate date, LocalTime start,
        LocalTime end, Long venueId, String onlineLink, Integer capacity, Set<Long> organiserIds, Set<Long> groupIds,
        List<String> agenda, String serviceNotes, Integer reminderHours, String overrideReason) implements Serializable {
}
