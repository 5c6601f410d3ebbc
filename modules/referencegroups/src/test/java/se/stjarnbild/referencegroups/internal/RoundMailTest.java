package se.stjarnbild.referencegroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.stjarnbild.referencegroups.internal.RoundMail.Reminder;

/** Who gets an e-mail from a round, and what it says. */
class RoundMailTest {

    private static final Instant NOW = Instant.parse("2026-09-10T08:00:00Z");
    private static final String EMAIL = "anna@example.se";

    @Test
    void everyoneWithAnAddressIsInvitedWhenTheRoundOpens() {
        assertTrue(RoundMail.invite(EMAIL, false));
        assertFalse(RoundMail.invite(null, false), "no address: a printed letter instead");
        assertFalse(RoundMail.invite(EMAIL, true), "an erased member is never written to");
    }

    @Test
    void aReminderGoesOnlyToWhoHasNotAnsweredAndWasNotEmailedInTheLastDay() {
        assertEquals(Reminder.SEND, RoundMail.reminder(null, EMAIL, false, null, NOW), "never e-mailed");
        assertEquals(Reminder.SEND, RoundMail.reminder(null, EMAIL, false, NOW.minus(Duration.ofHours(25)), NOW));
        assertEquals(Reminder.SKIP_RECENT, RoundMail.reminder(null, EMAIL, false, NOW.minus(Duration.ofHours(1)), NOW),
                "invited or reminded an hour ago: not again");
        assertEquals(Reminder.SKIP_RECENT, RoundMail.reminder(null, EMAIL, false, NOW.minus(Duration.ofHours(23)), NOW));
        assertEquals(Reminder.NONE, RoundMail.reminder(NOW.minus(Duration.ofDays(3)), EMAIL, false, null, NOW), "answered");
        assertEquals(Reminder.NONE, RoundMail.reminder(null, null, false, null, NOW), "no address");
        assertEquals(Reminder.NONE, RoundMail.reminder(null, EMAIL, true, null, NOW), "erased");
    }

    @Test
    void theInvitationIsAnInvitationAndLaterSendsAreReminders() {
        String link = "https://stjarnbild.example/public/feedback.xhtml?t=abc";
        assertEquals("Inbjudan: tyck till om stjärnbilden – Hösten 2026", ReminderText.invitationSubject(ReminderText.localeOf(null), "Hösten 2026"));
        String invitation = ReminderText.invitationBody(ReminderText.localeOf(null), "Anna", "Ungdomar", "Hösten 2026", LocalDate.of(2026, 10, 30), link,
                "Krokoms kommun");
        assertTrue(invitation.startsWith("Hej Anna!"), invitation);
        assertTrue(invitation.contains("Du är med i Ungdomar"), invitation);
        assertTrue(invitation.contains("Svara senast 30 oktober 2026"), invitation);
        assertTrue(invitation.contains(link), invitation);
        assertFalse(invitation.contains("Påminnelse"), invitation);
        assertTrue(invitation.contains("platsvarumärket för Krokoms kommun (Hösten 2026)"), invitation);
        assertTrue(invitation.endsWith("Tack för att du delar med dig!\nKrokoms kommun\n"), invitation);

        assertTrue(ReminderText.subject(ReminderText.localeOf(null), "Hösten 2026").startsWith("Påminnelse"));
        String reminder = ReminderText.body(ReminderText.localeOf(null), "Anna", "Ungdomar", "Hösten 2026", LocalDate.of(2026, 10, 30), link, null);
        assertTrue(reminder.contains(link), reminder);
        assertTrue(reminder.contains("platsvarumärket för kommunen") && reminder.endsWith("\nKommunen\n"),
                "before a process is set up: " + reminder);
        assertFalse(reminder.contains("{"), reminder);
    }
}
