package se.stjarnbild.meetings;

import java.io.Serializable;
import java.util.List;

/** The organiser's grid: members × candidate times, totals per time, the best one marked. */
public record PollDetails(long id, String title, long groupId, String group, Long meetingId, List<PollSlot> slots,
        List<PollMember> members) implements Serializable {

    public boolean decided() {
        return meetingId != null;
    }
}
