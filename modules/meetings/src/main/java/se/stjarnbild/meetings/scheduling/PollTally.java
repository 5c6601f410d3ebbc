package se.stjarnbild.meetings.scheduling;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which candidate time to choose: the most "yes", then the most "if need be", then the fewest
 * "no", then the earliest. A time nobody can make (no yes and no if-need-be) is never best.
 */
public final class PollTally {

    /** One candidate time's counts; {@code order} is its position by start time. */
    public record Counts(long slotId, int order, long yes, long ifNeedBe, long no) {
    }

    private PollTally() {
    }

    public static Optional<Long> best(List<Counts> slots) {
        return slots.stream().filter(c -> c.yes() + c.ifNeedBe() > 0)
                .min(Comparator.comparingLong((Counts c) -> -c.yes()).thenComparingLong(c -> -c.ifNeedBe())
                        .thenComparingLong(Counts::no).thenComparingInt(Counts::order))
                .map(Counts::slotId);
    }
}
