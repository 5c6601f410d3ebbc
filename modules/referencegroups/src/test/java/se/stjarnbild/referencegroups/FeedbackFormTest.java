package se.stjarnbild.referencegroups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A closed round's page thanks only a member who answered, and names the day it really closed. */
class FeedbackFormTest {

    private static FeedbackForm closed(Instant answeredAt) {
        return new FeedbackForm("Hösten", LocalDate.of(2026, 10, 30), LocalDate.of(2026, 9, 11), false, "Ungdomar",
                List.of(), null, answeredAt);
    }

    @Test
    void aMemberWhoNeverAnsweredIsNotToldTheirAnswersAreKept() throws IOException {
        String key = closed(null).closedNoticeKey();
        assertEquals("feedback.closedOn.unanswered", key);
        String sv = bundle("sv").getProperty(key);
        String en = bundle("en").getProperty(key);
        assertFalse(sv.contains("sparade") || sv.contains("Tack"), sv);
        assertFalse(en.contains("kept") || en.contains("Thank"), en);
    }

    @Test
    void aMemberWhoAnsweredIsThanked() throws IOException {
        String key = closed(Instant.parse("2026-09-05T12:00:00Z")).closedNoticeKey();
        assertEquals("feedback.closedOn", key);
        assertTrue(bundle("sv").getProperty(key).contains("dina svar är sparade"));
    }

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader in = new InputStreamReader(FeedbackFormTest.class.getResourceAsStream(
                "/se/stjarnbild/referencegroups/web/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
