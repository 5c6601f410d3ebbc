package se.stjarnbild.meetings.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Writes meetings as iCalendar (RFC 5545) text: a feed to subscribe to, or one event to attach
 * to a confirmation e-mail.
 * <p>
 * Both use METHOD:PUBLISH. The meetings are public and keep no attendee list, and iTIP's REQUEST
 * would need the recipient as an ATTENDEE; mail clients then show accept/decline buttons and
 * send replies to the organiser's mailbox, which nobody here reads. PUBLISH is iTIP's "here is
 * an event, no reply expected": clients offer to add it, without RSVP buttons.
 */
public final class IcsWriter {

    /** Content type for a feed response. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    /** Content type for the e-mail attachment; the method parameter must match METHOD. */
    public static final String INVITATION_MEDIA_TYPE = MEDIA_TYPE + "; method=PUBLISH";

    static final ZoneId MEETING_ZONE = ZoneId.of("Europe/Stockholm");
    static final String PRODUCT_ID = "-//Stjärnbild//Stjärnbild//SV";

    private IcsWriter() {
    }

    /** A feed of the given meetings, stamped with the current time. */
    public static String calendar(List<CalendarEvent> events, String calendarName) {
        return calendar(events, calendarName, Clock.systemUTC());
    }

    /**
     * A feed of the given meetings. Cancelled meetings belong in it too: a subscriber's client
     * only learns of a cancellation by seeing STATUS:CANCELLED.
     *
     * @param clock gives DTSTAMP, which with a METHOD means when this text was made
     */
    public static String calendar(List<CalendarEvent> events, String calendarName, Clock clock) {
        Objects.requireNonNull(events, "events");
        if (calendarName == null || calendarName.isBlank()) {
            throw new IllegalArgumentException("calendarName must not be blank");
        }
        ContentLines lines = header();
        // NAME is RFC 7986; X-WR-CALNAME is what Apple, Google and Outlook actually read.
        lines.text("NAME", calendarName).text("X-WR-CALNAME", calendarName);
        // Always there, also for an empty feed: a VCALENDAR needs at least one component.
        TimeZoneDefinition.write(lines, MEETING_ZONE);
        Instant stamp = clock.instant();
        events.forEach(event -> writeEvent(lines, Objects.requireNonNull(event, "event"), stamp));
        return lines.end("VCALENDAR").toString();
    }

    /** One meeting to attach to an e-mail, stamped with the current time. */
    public static String invitation(CalendarEvent event) {
        return invitation(event, Clock.systemUTC());
    }

    /** One meeting to attach to an e-mail, as {@link #INVITATION_MEDIA_TYPE}. */
    public static String invitation(CalendarEvent event, Clock clock) {
        Objects.requireNonNull(event, "event");
        ContentLines lines = header();
        TimeZoneDefinition.write(lines, MEETING_ZONE);
        writeEvent(lines, event, clock.instant());
        return lines.end("VCALENDAR").toString();
    }

    private static ContentLines header() {
        return new ContentLines()
                .begin("VCALENDAR")
                .text("PRODID", PRODUCT_ID)
                .value("VERSION", "2.0")
                .value("CALSCALE", "GREGORIAN")
                .value("METHOD", "PUBLISH");
    }

    private static void writeEvent(ContentLines lines, CalendarEvent event, Instant stamp) {
        lines.begin("VEVENT")
                .text("UID", event.uid())
                .value("SEQUENCE", Integer.toString(event.sequence()))
                .value("DTSTAMP", IcsDateTimes.utc(stamp))
                .value("LAST-MODIFIED", IcsDateTimes.utc(event.lastModified()));
        IcsDateTimes.writeZoned(lines, "DTSTART", event.start(), MEETING_ZONE);
        IcsDateTimes.writeZoned(lines, "DTEND", event.end(), MEETING_ZONE);
        lines.text("SUMMARY", event.title())
                .text("DESCRIPTION", event.description())
                .text("LOCATION", event.location());
        if (event.url() != null) {
            // URI values must be ASCII; non-ASCII path letters (å, ä, ö) get percent-encoded.
            lines.value("URL", URI.create(event.url()).toASCIIString());
        }
        if (event.organiserEmail() != null) {
            String name = event.organiserName() == null ? "" : ";CN=" + IcsText.quotedParameter(event.organiserName());
            lines.value("ORGANIZER" + name, "mailto:" + event.organiserEmail());
        }
        // Stating CONFIRMED as well makes the later change to CANCELLED an explicit transition.
        lines.value("STATUS", event.cancelled() ? "CANCELLED" : "CONFIRMED")
                .end("VEVENT");
    }
}
