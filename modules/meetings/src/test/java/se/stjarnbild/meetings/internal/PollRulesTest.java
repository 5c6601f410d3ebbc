package se.stjarnbild.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.SlotInput;
import se.stjarnbild.meetings.scheduling.MeetingTime;
import se.stjarnbild.meetings.scheduling.Problem;

class PollRulesTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    private static List<String> problems(List<SlotInput> slots) {
        List<Problem> problems = new ArrayList<>();
        PollRules.times(slots, NOW, problems);
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    private static SlotInput slot(String day, String start, String end) {
        return new SlotInput(day == null ? null : LocalDate.parse(day), start == null ? null : LocalTime.parse(start),
                end == null ? null : LocalTime.parse(end));
    }

    @Test
    void filledRowsBecomeTimesAndEmptyRowsAreIgnored() {
        List<Problem> problems = new ArrayList<>();
        List<MeetingTime.Result> times = PollRules.times(List.of(new SlotInput(null, null, null),
                slot("2026-09-15", "18:00", "20:00"), slot("2026-09-16", "18:00", "20:00")), NOW, problems);
        assertEquals(List.of(), problems);
        assertEquals(Instant.parse("2026-09-15T16:00:00Z"), times.get(0).start());
        assertEquals(2, times.size());
    }

    @Test
    void eachBadRowIsNamedByItsPosition() {
        assertEquals(List.of("slots:poll.slots.required"), problems(List.of(new SlotInput(null, null, null))));
        assertEquals(List.of("slots:0:start:meeting.start.required", "slots:1:date:poll.slot.past",
                "slots:3:date:poll.slot.twice"), problems(List.of(slot("2026-09-15", null, "20:00"),
                slot("2026-08-31", "18:00", "20:00"), slot("2026-09-15", "18:00", "20:00"), slot("2026-09-15", "18:00", "20:00"))));
        assertEquals(List.of("slots:0:start:meeting.time.doesNotExist"), problems(List.of(slot("2027-03-28", "02:30", "04:00"))));
    }
}
