package se.stjarnbild.meetings.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTimeTest {

    private static final LocalDate CLOCKS_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate CLOCKS_BACK = LocalDate.of(2026, 10, 25);

    private static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static void assertRefused(MeetingTime.Result result, Problem... expected) {
        assertFalse(result.isValid());
        assertNull(result.start());
        assertNull(result.end());
        assertEquals(List.of(expected), result.problems());
    }

    @Test
    void theOpenMeetingsInOctoberAreInSummerTime() {
        MeetingTime.Result first = MeetingTime.resolve(LocalDate.of(2026, 10, 8), at(18, 0), at(20, 30));
        MeetingTime.Result second = MeetingTime.resolve(LocalDate.of(2026, 10, 9), at(18, 0), at(20, 30));

        assertTrue(first.isValid());
        assertEquals(Instant.parse("2026-10-08T16:00:00Z"), first.start());
        assertEquals(Instant.parse("2026-10-08T18:30:00Z"), first.end());
        assertEquals(Instant.parse("2026-10-09T16:00:00Z"), second.start());
        assertEquals(Instant.parse("2026-10-09T18:30:00Z"), second.end());
        assertEquals(List.of(), second.problems());
    }

    @Test
    void aBoardMeetingInNovemberIsInWinterTime() {
        MeetingTime.Result board = MeetingTime.resolve(LocalDate.of(2026, 11, 16), at(13, 0), at(15, 0));

        assertEquals(Instant.parse("2026-11-16T12:00:00Z"), board.start());
        assertEquals(Instant.parse("2026-11-16T14:00:00Z"), board.end());
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertRefused(MeetingTime.resolve(null, null, null),
                Problem.of("date", "meeting.date.required"),
                Problem.of("start", "meeting.start.required"),
                Problem.of("end", "meeting.end.required"));
    }

    @Test
    void aMissingDayDoesNotHideAnEndBeforeTheStart() {
        assertRefused(MeetingTime.resolve(null, at(20, 30), at(18, 0)),
                Problem.of("date", "meeting.date.required"),
                Problem.of("end", "meeting.end.notAfterStart", at(20, 30), at(18, 0)));
    }

    @Test
    void theEndMustBeAfterTheStart() {
        LocalDate day = LocalDate.of(2026, 10, 8);
        assertRefused(MeetingTime.resolve(day, at(20, 30), at(18, 0)),
                Problem.of("end", "meeting.end.notAfterStart", at(20, 30), at(18, 0)));
        assertRefused(MeetingTime.resolve(day, at(18, 0), at(18, 0)),
                Problem.of("end", "meeting.end.notAfterStart", at(18, 0), at(18, 0)));
    }

    @Test
    void aMeetingAcrossMidnightIsRefused() {
        LocalDate day = LocalDate.of(2026, 10, 8);
        assertRefused(MeetingTime.resolve(day, at(22, 0), at(1, 0)),
                Problem.of("end", "meeting.end.notAfterStart", at(22, 0), at(1, 0)));
        assertRefused(MeetingTime.resolve(day, at(22, 0), LocalTime.MIDNIGHT),
                Problem.of("end", "meeting.end.midnight"));
        assertEquals(Instant.parse("2026-10-08T21:59:00Z"),
                MeetingTime.resolve(day, at(22, 0), at(23, 59)).end(), "one minute to midnight is fine");
    }

    @Test
    void aTimeSkippedWhenClocksGoForwardDoesNotExist() {
        assertRefused(MeetingTime.resolve(CLOCKS_FORWARD, at(2, 30), at(4, 0)),
                Problem.of("start", "meeting.time.doesNotExist", CLOCKS_FORWARD, at(2, 30), at(2, 0), at(3, 0)));
        assertRefused(MeetingTime.resolve(CLOCKS_FORWARD, at(1, 0), at(2, 0)),
                Problem.of("end", "meeting.time.doesNotExist", CLOCKS_FORWARD, at(2, 0), at(2, 0), at(3, 0)));
    }

    @Test
    void aTimeThatHappensTwiceWhenClocksGoBackIsAmbiguous() {
        assertRefused(MeetingTime.resolve(CLOCKS_BACK, at(2, 30), at(4, 0)),
                Problem.of("start", "meeting.time.ambiguous", CLOCKS_BACK, at(2, 30), at(2, 0), at(3, 0)));
        assertRefused(MeetingTime.resolve(CLOCKS_BACK, at(2, 0), at(2, 59)),
                Problem.of("start", "meeting.time.ambiguous", CLOCKS_BACK, at(2, 0), at(2, 0), at(3, 0)),
                Problem.of("end", "meeting.time.ambiguous", CLOCKS_BACK, at(2, 59), at(2, 0), at(3, 0)));
    }

    @Test
    void aMeetingAcrossTheClockChangeIsRefusedWithItsRealLength() {
        assertRefused(MeetingTime.resolve(CLOCKS_BACK, at(1, 30), at(3, 30)),
                Problem.of("end", "meeting.time.acrossClockChange", CLOCKS_BACK, 180L, 120L, at(2, 0), at(3, 0)));
        assertRefused(MeetingTime.resolve(CLOCKS_FORWARD, at(1, 30), at(3, 30)),
                Problem.of("end", "meeting.time.acrossClockChange", CLOCKS_FORWARD, 60L, 120L, at(2, 0), at(3, 0)));
        // Ending right as the clock jumps still makes it an hour short.
        assertRefused(MeetingTime.resolve(CLOCKS_FORWARD, at(1, 0), at(3, 0)),
                Problem.of("end", "meeting.time.acrossClockChange", CLOCKS_FORWARD, 60L, 120L, at(2, 0), at(3, 0)));
    }

    @Test
    void meetingsClearOfTheChangeOnTheSameDayAreFine() {
        MeetingTime.Result before = MeetingTime.resolve(CLOCKS_BACK, at(0, 30), at(1, 59));
        MeetingTime.Result after = MeetingTime.resolve(CLOCKS_BACK, at(10, 0), at(12, 0));
        MeetingTime.Result rightAfterTheJump = MeetingTime.resolve(CLOCKS_FORWARD, at(3, 0), at(4, 0));

        assertEquals(Instant.parse("2026-10-24T22:30:00Z"), before.start(), "still summer time, UTC+2");
        assertEquals(Instant.parse("2026-10-25T09:00:00Z"), after.start(), "winter time again, UTC+1");
        assertEquals(Instant.parse("2026-10-25T11:00:00Z"), after.end());
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), rightAfterTheJump.start());
        assertEquals(Instant.parse("2026-03-29T02:00:00Z"), rightAfterTheJump.end());
    }

    @Test
    void storedInstantsGoBackIntoTheFormAsSwedishTime() {
        assertEquals(new MeetingTime.FormTime(LocalDate.of(2026, 10, 8), at(18, 0), at(20, 30)),
                MeetingTime.toForm(Instant.parse("2026-10-08T16:00:00Z"), Instant.parse("2026-10-08T18:30:00Z")));
        assertEquals(new MeetingTime.FormTime(LocalDate.of(2026, 11, 16), at(13, 0), at(15, 0)),
                MeetingTime.toForm(Instant.parse("2026-11-16T12:00:00Z"), Instant.parse("2026-11-16T14:00:00Z")));
    }
}
