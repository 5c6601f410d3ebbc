package se.stjarnbild.meetings.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IcsTextTest {

    @Test
    void escapesBackslashSemicolonCommaAndNewline() {
        assertEquals("a\\\\b\\;c\\,d\\ne", IcsText.escape("a\\b;c,d\ne"));
    }

    @Test
    void colonAndQuotesNeedNoEscapeInText() {
        assertEquals("Tid: 18:00 \"öppet\"", IcsText.escape("Tid: 18:00 \"öppet\""));
    }

    @Test
    void otherControlCharactersAreDroppedButTabsKept() {
        assertEquals("a\tbc", IcsText.escape("a\tb\u0000\u0007c"));
    }

    @Test
    void parameterValueIsQuotedWithDoubleQuotesReplaced() {
        assertEquals("\"Kommunen, \'dialog\'; Småstad\"", IcsText.quotedParameter("Kommunen, \"dialog\"; Småstad"));
    }
}
