package se.stjarnbild.webapp.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoMeetingsTest {

    @Test
    void noExampleMeetingWhileTheOctoberMeetingsAreAhead() {
        assertEquals(Optional.empty(), DemoMeetings.upcomingExampleDay(LocalDate.of(2026, 7, 1), 2026));
        assertEquals(Optional.empty(), DemoMeetings.upcomingExampleDay(LocalDate.of(2026, 10, 9), 2026));
    }

    @Test
    void anExampleMeetingTwoWeeksAheadOnceTheyHavePassed() {
        assertEquals(Optional.of(LocalDate.of(2026, 10, 24)), DemoMeetings.upcomingExampleDay(LocalDate.of(2026, 10, 10), 2026));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), DemoMeetings.upcomingExampleDay(LocalDate.of(2026, 11, 27), 2026));
    }

    @Test
    void aDemoYearInThePastStillGetsOne() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 14)), DemoMeetings.upcomingExampleDay(LocalDate.of(2026, 12, 31), 2025));
    }
}
