package se.stjarnbild.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.scheduling.MeetingTime;

/** The poll invitation: the member's language, the times in calendar order, the member's own link. */
class PollMailTest {

    private static final String LINK = "https://example.se/public/poll.xhtml?t=abc";
    private static final List<MeetingTime.Result> TIMES = List.of(
            new MeetingTime.Result(Instant.parse("2026-12-10T17:00:00Z"), Instant.parse("2026-12-10T19:00:00Z"), List.of()),
            new MeetingTime.Result(Instant.parse("2026-12-03T17:00:00Z"), Instant.parse("2026-12-03T19:00:00Z"), List.of()));

    @Test
    void aSwedishMemberReadsSwedishWithTheTimesInCalendarOrder() {
        String body = PollMail.body(MailText.localeOf(null), "Anna", "Ungdomar", "Första träffen", TIMES, LINK, "Krokoms kommun");
        assertTrue(body.startsWith("Hej Anna!\n\nUngdomar ska träffas: Första träffen."), body);
        assertTrue(body.indexOf("3 december") < body.indexOf("10 december"), "earliest first: " + body);
        assertTrue(body.contains("18:00–20:00"), "Stockholm time: " + body);
        assertTrue(body.contains(LINK + "\n"), body);
        assertTrue(body.endsWith("Krokoms kommun\n"), body);
        assertEquals("När kan du? Första träffen", PollMail.subject(MailText.localeOf(null), "Första träffen"));
    }

    @Test
    void anEnglishMemberReadsEnglishAndTheLinkOpensInEnglish() {
        String body = PollMail.body(MailText.localeOf("en"), "Anna", "Utlandsfödda", "First meeting", TIMES, LINK, null);
        assertTrue(body.startsWith("Hello Anna!"), body);
        assertTrue(body.contains("Thursday 3 December 2026"), body);
        assertTrue(body.contains(LINK + "&lang=en"), body);
        assertFalse(body.contains("Hej"), body);
        assertTrue(PollMail.subject(MailText.localeOf("en"), "First meeting").startsWith("When can you come?"));
    }
}
