package se.stjarnbild.referencegroups;

import java.util.List;
import java.util.Optional;
import se.stjarnbild.meetings.Choice;

/** The reference groups as the rest of the product sees them, and what staff keep about each. */
public interface ReferenceGroupOverview {

    ReferenceGroupCounts counts();

    /** All groups, target-group groups first, each by name. */
    List<ReferenceGroupSummary> groups();

    Optional<GroupDetails> details(long id);

    /** Sets a group's purpose and contact person; a stale {@code version} is refused. */
    void describe(long id, long version, String purpose, Long contactUserId);

    /**
     * Writes (or rewrites) the group's conclusions from one of its sessions. An empty text removes
     * them; a meeting that is not one of the group's sessions is refused.
     */
    void conclude(long groupId, long meetingId, String text);

    /** Staff who can be a group's contact person. */
    List<Choice> staff();
}
