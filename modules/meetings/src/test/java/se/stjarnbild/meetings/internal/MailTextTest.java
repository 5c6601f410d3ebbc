package se.stjarnbild.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.RegistrationInput;

class MailTextTest {

    // 8 October 2026, 18:00–20:30 in Stockholm (summer time, UTC+2).
    private static final Instant START = Instant.parse("2026-10-08T16:00:00Z");
    private static final Instant END = Instant.parse("2026-10-08T18:30:00Z");

    @Test
    void aPersonWhoRegisteredInEnglishIsWrittenToInEnglish() {
        MailText mail = MailText.compose(MailText.localeOf("en"), "mail.confirmed", "Ann", "Open meeting", START, END,
                "Folkets hus, Storgatan 1", "K7Q2", "https://example.se/r/abc", "Östersunds kommun");
        assertEquals("You are registered: Open meeting", mail.subject());
        assertTrue(mail.body().startsWith("Hello Ann!"), mail.body());
        assertTrue(mail.body().contains("When: Thursday 8 October 2026, 18:00–20:30"), mail.body());
        assertTrue(mail.body().contains("Your code at the door: K7Q2"), mail.body());
        assertTrue(mail.body().endsWith("Östersunds kommun"), "signed with the process's municipality: " + mail.body());
        assertFalse(mail.body().contains("Krokom"), mail.body());
    }

    @Test
    void swedishIsTheDefaultAndEveryKindOfMailHasItsWords() {
        MailText mail = MailText.compose(MailText.localeOf(null), "mail.confirmed", "Ann", "Öppet möte", START, END,
                "Folkets hus", "K7Q2", "https://example.se/r/abc", "Krokoms kommun");
        assertEquals("Du är anmäld: Öppet möte", mail.subject());
        assertTrue(mail.body().contains("När: torsdag 8 oktober 2026 kl. 18:00–20:30"), mail.body());
        assertTrue(mail.body().endsWith("Krokoms kommun"), mail.body());
        for (String language : new String[] {null, "en"}) {
            for (String key : new String[] {"mail.confirmed", "mail.waitlisted", "mail.promoted", "mail.cancelled",
                    "mail.meetingCancelled", "mail.reminder", "mail.meetingChanged", "mail.meetingChangedWaitlisted"}) {
                MailText each = MailText.compose(MailText.localeOf(language), key, "Ann", "Möte", START, END, "Här", "K7Q2",
                        "https://example.se/r/abc", null);
                assertFalse(each.body().contains("{"), key + " " + language + ": " + each.body());
                assertTrue(each.body().endsWith(language == null ? "Kommunen" : "The municipality"),
                        "before a process is set up: " + each.body());
            }
        }
    }

    @Test
    void someoneStillWaitingIsToldTheNewTimeWithoutADoorCode() {
        MailText mail = MailText.compose(MailText.localeOf(null), "mail.meetingChangedWaitlisted", "Ann", "Öppet möte", START, END,
                "Folkets hus", "K7Q2", "https://example.se/r/abc", "Krokoms kommun");
        assertTrue(mail.body().contains("Du står kvar på väntelistan"), mail.body());
        assertFalse(mail.body().contains("K7Q2"), "no door code for someone without a seat: " + mail.body());
    }

    @Test
    void onlyLanguagesTheMailsSpeakAreKept() {
        assertEquals("en", new RegistrationInput("Ann", "a@b.se", null, null, null, true, "en").mailLanguage());
        assertEquals("en", new RegistrationInput("Ann", "a@b.se", null, null, null, true, "EN-gb").mailLanguage());
        assertNull(new RegistrationInput("Ann", "a@b.se", null, null, null, true, "sv").mailLanguage());
        assertNull(new RegistrationInput("Ann", "a@b.se", null, null, null, true, "de").mailLanguage());
        assertNull(new RegistrationInput("Ann", "a@b.se", null, null, null, true).mailLanguage());
    }
}
