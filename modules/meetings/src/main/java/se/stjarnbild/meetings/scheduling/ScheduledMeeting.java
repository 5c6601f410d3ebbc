package se.stjarnbild.meetings.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A meeting already in the calendar, as far as clashes go. */
public record ScheduledMeeting(long id, String title, Instant start, Instant end, Long venueId,
        Set<Long> organiserIds, Set<Long> groupIds, boolean cancelled) {

    public ScheduledMeeting {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        organiserIds = organiserIds == null ? Set.of() : Set.copyOf(organiserIds);
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
    }

    /** Touching is fine: a meeting may start the minute the previous one ends. */
    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
