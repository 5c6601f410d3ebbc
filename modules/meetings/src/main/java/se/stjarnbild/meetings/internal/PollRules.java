package se.stjarnbild.meetings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.stjarnbild.meetings.SlotInput;
import se.stjarnbild.meetings.scheduling.MeetingTime;
import se.stjarnbild.meetings.scheduling.Problem;

/**
 * The candidate times of a poll: each filled row must be a real meeting time (the same rules as a
 * meeting: a day, a start, an end after it, no clock-change trap), not passed, and not twice.
 * Problems name the row: "slots:2:start".
 */
final class PollRules {

    static final int MAX_SLOTS = 12;

    private PollRules() {
    }

    static List<MeetingTime.Result> times(List<SlotInput> slots, Instant now, List<Problem> problems) {
        List<MeetingTime.Result> times = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int filled = 0;
        for (int row = 0; row < slots.size(); row++) {
            SlotInput slot = slots.get(row);
            if (slot == null || slot.blank()) {
                continue;
            }
            filled++;
            MeetingTime.Result time = MeetingTime.resolve(slot.date(), slot.start(), slot.end());
            for (Problem p : time.problems()) {
                problems.add(new Problem("slots:" + row + ":" + p.field(), p.messageKey(), p.args()));
            }
            if (!time.isValid()) {
                continue;
            }
            if (time.start().isBefore(now)) {
                problems.add(Problem.of("slots:" + row + ":date", "poll.slot.past"));
            } else if (!seen.add(time.start() + "/" + time.end())) {
                problems.add(Problem.of("slots:" + row + ":date", "poll.slot.twice"));
            } else {
                times.add(time);
            }
        }
        if (filled == 0) {
            problems.add(Problem.of("slots", "poll.slots.required"));
        } else if (filled > MAX_SLOTS) {
            problems.add(Problem.of("slots", "poll.slots.tooMany", MAX_SLOTS));
        }
        return times;
    }
}
