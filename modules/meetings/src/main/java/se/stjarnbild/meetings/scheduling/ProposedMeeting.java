package se.stjarnbild.meetings.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The meeting being created or edited, as far as clashes go.
 *
 * @param id null for a new meeting; when set, the stored version of it is skipped
 * @param venueId null when no venue is chosen yet (for example an online meeting)
 */
public record ProposedMeeting(Long id, Instant start, Instant end, Long venueId, Set<Long> organiserIds,
        Set<Long> groupIds) {

    public ProposedMeeting {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        organiserIds = organiserIds == null ? Set.of() : Set.copyOf(organiserIds);
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
    }
}
