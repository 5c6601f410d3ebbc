package se.stjarnbild.meetings.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollTallyTest {

    private static PollTally.Counts slot(long id, int order, long yes, long ifNeedBe, long no) {
        return new PollTally.Counts(id, order, yes, ifNeedBe, no);
    }

    @Test
    void mostYesWinsThenMostIfNeedBeThenFewestNoThenEarliest() {
        assertEquals(Optional.of(2L), PollTally.best(List.of(slot(1, 0, 2, 5, 0), slot(2, 1, 3, 0, 4))));
        assertEquals(Optional.of(1L), PollTally.best(List.of(slot(1, 0, 3, 2, 1), slot(2, 1, 3, 1, 0))));
        assertEquals(Optional.of(2L), PollTally.best(List.of(slot(1, 0, 3, 1, 2), slot(2, 1, 3, 1, 1))));
        assertEquals(Optional.of(1L), PollTally.best(List.of(slot(2, 1, 3, 1, 1), slot(1, 0, 3, 1, 1))));
    }

    @Test
    void aTimeNobodyCanMakeIsNeverBest() {
        assertEquals(Optional.empty(), PollTally.best(List.of(slot(1, 0, 0, 0, 4), slot(2, 1, 0, 0, 0))));
        assertEquals(Optional.empty(), PollTally.best(List.of()));
    }
}
