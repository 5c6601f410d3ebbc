package se.stjarnbild.webapp.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditValuesTest {

    private static final Locale SV = Locale.forLanguageTag("sv");

    @Test
    void storedChoicesAreSaidInWordsWithAnEntitysOwnWordFirst() {
        assertEquals("på väntelistan", AuditValues.shown("Registration", "WAITLISTED", SV));
        assertEquals("avanmäld", AuditValues.shown("Registration", "CANCELLED", SV));
        assertEquals("inställt", AuditValues.shown("Meeting", "CANCELLED", SV));
        assertEquals("on the waitlist", AuditValues.shown("Registration", "WAITLISTED", Locale.ENGLISH));
        assertEquals("UNKNOWN_WORD", AuditValues.shown("Star", "UNKNOWN_WORD", SV), "an unknown choice is shown as logged");
    }

    @Test
    void momentsDaysYesNoAndPersonalDataFollowThePagesLanguage() {
        assertEquals("8 oktober 2026 18:30", AuditValues.shown("Meeting", "2026-10-08T16:30:00Z", SV));
        assertEquals("15 juli 2026", AuditValues.shown("Interview", "2026-07-15", SV));
        assertEquals("ja", AuditValues.shown("Interview", "true", SV));
        assertEquals("no", AuditValues.shown("Interview", "false", Locale.ENGLISH));
        assertEquals("(personal data)", AuditValues.shown("Registration", "(personuppgift)", Locale.ENGLISH));
        assertEquals("(personuppgift)", AuditValues.shown("Registration", "(personuppgift)", SV));
        assertEquals("(secret)", AuditValues.shown("Registration", "(hemlig)", Locale.ENGLISH));
    }

    @Test
    void namesNumbersAndFreeTextAreShownAsLogged() {
        assertEquals("Hotagen", AuditValues.shown("District", "Hotagen", SV));
        assertEquals("42", AuditValues.shown("Meeting", "42", SV));
        assertEquals("2026-13-45", AuditValues.shown("Interview", "2026-13-45", SV), "not a real day: as logged");
    }
}
