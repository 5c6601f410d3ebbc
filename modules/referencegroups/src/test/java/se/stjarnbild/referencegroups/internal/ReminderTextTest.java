package se.stjarnbild.referencegroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A member's invitation and reminders speak the member's language, and so does the link. */
class ReminderTextTest {

    private static final LocalDate CLOSES = LocalDate.of(2026, 12, 15);
    private static final String LINK = "https://example.se/public/feedback.xhtml?t=abc";

    @Test
    void anEnglishMemberIsWrittenToInEnglishWithALinkThatOpensInEnglish() {
        Locale english = ReminderText.localeOf("en");
        String body = ReminderText.invitationBody(english, "Anna", "Utlandsfödda", "Runda 1", CLOSES, LINK, "Krokoms kommun");
        assertTrue(body.startsWith("Hello Anna!"), body);
        assertTrue(body.contains("15 December 2026"), body);
        assertTrue(body.contains(LINK + "&lang=en"), body);
        assertTrue(ReminderText.subject(english, "Runda 1").startsWith("Reminder:"));
        assertFalse(body.contains("Hej"), body);
    }

    @Test
    void everyoneElseIsWrittenToInSwedish() {
        for (String language : new String[] {null, "sv", "de"}) {
            Locale locale = ReminderText.localeOf(language);
            String body = ReminderText.body(locale, "Anna", "Ungdomar", "Runda 1", CLOSES, LINK, "Krokoms kommun");
            assertTrue(body.startsWith("Hej Anna!"), body);
            assertTrue(body.contains("15 december 2026"), body);
            assertTrue(body.contains(LINK + "\n") || body.endsWith(LINK), "the link as it is: " + body);
            assertFalse(body.contains("&lang="), body);
        }
        assertEquals(ReminderText.localeOf(null), ReminderText.localeOf("sv"));
    }
}
