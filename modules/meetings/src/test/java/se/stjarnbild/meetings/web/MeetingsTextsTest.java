package se.stjarnbild.meetings.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MeetingsTextsTest {

    @Test
    void daysAndTimesInMessagesAreWrittenAsPeopleWriteThem() {
        Object[] swedish = MeetingsTexts.readable(new Object[] {LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), 60L, "x"},
                Locale.forLanguageTag("sv-SE"));
        assertArrayEquals(new Object[] {"29 mars 2026", "02:30", 60L, "x"}, swedish);
        assertArrayEquals(new Object[] {"25 October 2026"},
                MeetingsTexts.readable(new Object[] {LocalDate.of(2026, 10, 25)}, Locale.forLanguageTag("en-GB")));
    }
}
