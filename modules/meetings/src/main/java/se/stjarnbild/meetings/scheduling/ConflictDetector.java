package se.stjarnbild.meetings.scheduling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the meetings that clash with a proposed one: the same venue, organiser or reference group
 * at overlapping times, or one person invited to both through two different groups.
 * <p>
 * Cancelled meetings never clash, and neither does the stored version of the meeting being
 * edited. A person who is in a group invited to both meetings is not listed as a member clash,
 * because the group clash already says so. Pure and linear in the size of the calendar, so a
 * service can check a whole season of meetings on every save.
 */
public final class ConflictDetector {

    /** Soonest clash first; ties broken fully so the list is the same on every run. */
    private static final Comparator<Conflict> LISTING_ORDER = Comparator.comparing(Conflict::otherStart)
            .thenComparing(Conflict::kind)
            .thenComparingLong(Conflict::otherMeetingId)
            .thenComparing(Conflict::subjectId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<Long, Set<Long>> membersByGroup;

    /**
     * @param membersByGroup the members of each reference group; may be empty, or lack groups,
     *                       while members are not yet known, and then no member clashes are found
     */
    public ConflictDetector(Map<Long, Set<Long>> membersByGroup) {
        Map<Long, Set<Long>> copy = new HashMap<>();
        membersByGroup.forEach((group, members) -> copy.put(group, Set.copyOf(members)));
        this.membersByGroup = Map.copyOf(copy);
    }

    public List<Conflict> conflicts(ProposedMeeting proposed, Collection<ScheduledMeeting> calendar) {
        Set<Long> invitedMembers = membersOf(proposed.groupIds());
        List<Conflict> found = new ArrayList<>();
        for (ScheduledMeeting other : calendar) {
            if (other.cancelled() || isStoredVersionOf(proposed, other)
                    || !other.overlaps(proposed.start(), proposed.end())) {
                continue;
            }
            if (proposed.venueId() != null && proposed.venueId().equals(other.venueId())) {
                found.add(conflict(ConflictKind.VENUE, other, proposed.venueId()));
            }
            for (Long organiser : shared(proposed.organiserIds(), other.organiserIds())) {
                found.add(conflict(ConflictKind.ORGANISER, other, organiser));
            }
            Set<Long> sharedGroups = shared(proposed.groupIds(), other.groupIds());
            for (Long group : sharedGroups) {
                found.add(conflict(ConflictKind.GROUP, other, group));
            }
            for (Long member : membersInvitedThroughOtherGroups(invitedMembers, sharedGroups, other)) {
                found.add(conflict(ConflictKind.MEMBER, other, member));
            }
        }
        found.sort(LISTING_ORDER);
        return found;
    }

    private static boolean isStoredVersionOf(ProposedMeeting proposed, ScheduledMeeting other) {
        return proposed.id() != null && proposed.id() == other.id();
    }

    /** Members of the other meeting's groups who are invited to the proposed one too, each once. */
    private Set<Long> membersInvitedThroughOtherGroups(Set<Long> invitedMembers, Set<Long> sharedGroups,
            ScheduledMeeting other) {
        Set<Long> clashing = new TreeSet<>();
        if (invitedMembers.isEmpty()) {
            return clashing;
        }
        Set<Long> coveredByGroupClash = membersOf(sharedGroups);
        for (Long group : other.groupIds()) {
            if (sharedGroups.contains(group)) {
                continue;
            }
            for (Long member : membersByGroup.getOrDefault(group, Set.of())) {
                if (invitedMembers.contains(member) && !coveredByGroupClash.contains(member)) {
                    clashing.add(member);
                }
            }
        }
        return clashing;
    }

    private Set<Long> membersOf(Set<Long> groups) {
        Set<Long> members = new HashSet<>();
        for (Long group : groups) {
            members.addAll(membersByGroup.getOrDefault(group, Set.of()));
        }
        return members;
    }

    private static Set<Long> shared(Set<Long> ours, Set<Long> theirs) {
        Set<Long> both = new TreeSet<>(ours);
        both.retainAll(theirs);
        return both;
    }

    private static Conflict conflict(ConflictKind kind, ScheduledMeeting other, Long subjectId) {
        return new Conflict(kind, other.id(), other.title(), other.start(), other.end(), subjectId);
    }
}
