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

    private static String cancelled(String language, long told) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = java.util.ResourceBundle.getBundle("se.stjarnbild.meetings.web.messages", locale).getString("meeting.cancelled");
        return new java.text.MessageFormat(pattern, locale).format(new Object[] {told});
    }

    @Test
    void oneRegistrantIsOneAndNoneIsNone() {
        org.junit.jupiter.api.Assertions.assertEquals("Mötet är inställt. En anmäld har fått e-post.", cancelled("sv", 1));
        org.junit.jupiter.api.Assertions.assertEquals("Mötet är inställt. 12 anmälda har fått e-post.", cancelled("sv", 12));
        org.junit.jupiter.api.Assertions.assertEquals("Mötet är inställt. Ingen anmäld behövde få e-post.", cancelled("sv", 0));
        org.junit.jupiter.api.Assertions.assertEquals("The meeting is cancelled. One registrant was e-mailed.", cancelled("en", 1));
        org.junit.jupiter.api.Assertions.assertEquals("The meeting is cancelled. 1,200 registrants were e-mailed.", cancelled("en", 1200));
    }
}
