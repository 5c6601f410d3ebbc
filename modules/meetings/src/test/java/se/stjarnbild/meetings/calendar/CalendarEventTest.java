package se.stjarnbild.meetings.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarEventTest {

    private static final Instant START = Instant.parse("2026-10-08T16:00:00Z");
    private static final Instant END = Instant.parse("2026-10-08T18:30:00Z");

    @Test
    void endMustFollowStart() {
        assertThrows(IllegalArgumentException.class, () -> event(END, START, null, null));
        assertThrows(IllegalArgumentException.class, () -> event(START, START, null, null));
    }

    @Test
    void urlWithLineBreakIsRefusedSoItCannotForgeAProperty() {
        assertThrows(IllegalArgumentException.class,
                () -> event(START, END, "https://stjarnbild.se/\r\nSTATUS:CANCELLED", null));
        assertThrows(IllegalArgumentException.class, () -> event(START, END, "/relative/page", null));
    }

    @Test
    void organiserAddressMustBePlain() {
        assertThrows(IllegalArgumentException.class, () -> event(START, END, null, "dialog@smastad.se\r\nX:1"));
        assertThrows(IllegalArgumentException.class, () -> event(START, END, null, "no-at-sign"));
    }

    @Test
    void cancellingBumpsSequenceAndKeepsIdentity() {
        CalendarEvent original = event(START, END, null, null);
        Instant cancelledAt = Instant.parse("2026-10-01T10:00:00Z");

        CalendarEvent cancelled = original.asCancelled(cancelledAt);

        assertEquals(original.uid(), cancelled.uid());
        assertEquals(original.sequence() + 1, cancelled.sequence());
        assertTrue(cancelled.cancelled());
        assertEquals(cancelledAt, cancelled.lastModified());
    }

    private static CalendarEvent event(Instant start, Instant end, String url, String email) {
        return new CalendarEvent("meeting-1@stjarnbild", 3, "Möte", null, null, url, start, end, false, null, email,
                Instant.parse("2026-08-20T09:00:00Z"));
    }
}
