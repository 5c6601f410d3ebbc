package se.stjarnbild.meetings.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Organizer;
import org.junit.jupiter.api.Test;

/** Writes meetings and reads them back with ical4j, as a calendar client would. */
class IcsWriterTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-09-01T07:30:15Z"), ZoneOffset.UTC);
    private static final Instant EDITED = Instant.parse("2026-08-20T09:00:00Z");

    private static final CalendarEvent OPEN_MEETING_8_OCTOBER = openMeeting(42, LocalDateTime.of(2026, 10, 8, 18, 0),
            LocalDateTime.of(2026, 10, 8, 20, 30));
    private static final CalendarEvent OPEN_MEETING_9_OCTOBER = openMeeting(43, LocalDateTime.of(2026, 10, 9, 18, 0),
            LocalDateTime.of(2026, 10, 9, 20, 30));

    @Test
    void openMeetingsInOctoberResolveToSummerTimeInstants() throws Exception {
        String ics = IcsWriter.calendar(List.of(OPEN_MEETING_8_OCTOBER, OPEN_MEETING_9_OCTOBER), "Stjärnbild", NOW);

        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Stockholm:20261008T180000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Europe/Stockholm:20261008T203000\r\n"), ics);
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        assertEquals(Instant.parse("2026-10-08T16:00:00Z"), start(events.get(0)));
        assertEquals(Instant.parse("2026-10-08T18:30:00Z"), end(events.get(0)));
        assertEquals(Instant.parse("2026-10-09T16:00:00Z"), start(events.get(1)));
        assertEquals(Instant.parse("2026-10-09T18:30:00Z"), end(events.get(1)));
    }

    @Test
    void winterMeetingResolvesToStandardTime() throws Exception {
        CalendarEvent december = openMeeting(44, LocalDateTime.of(2026, 12, 8, 13, 0),
                LocalDateTime.of(2026, 12, 8, 15, 0));

        String ics = IcsWriter.invitation(december, NOW);

        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Stockholm:20261208T130000\r\n"), ics);
        VEvent event = onlyEvent(ics);
        assertEquals(Instant.parse("2026-12-08T12:00:00Z"), start(event));
        assertEquals(Instant.parse("2026-12-08T14:00:00Z"), end(event));
    }

    @Test
    void timeZoneIsStockholmsWithStandardAndDaylightObservances() throws Exception {
        VTimeZone zone = parse(IcsWriter.invitation(OPEN_MEETING_8_OCTOBER, NOW))
                .<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();

        assertEquals("Europe/Stockholm", zone.getRequiredProperty(Property.TZID).getValue());
        List<String> observances = zone.getObservances().stream().map(Observance::getName).sorted().toList();
        assertEquals(List.of("DAYLIGHT", "STANDARD"), observances);
        // Rules built from our definition alone, not from ical4j's bundled zone data.
        ZoneRules rules = new ZoneRulesBuilder().vTimeZone(zone).build();
        assertEquals(ZoneOffset.ofHours(2), rules.getOffset(Instant.parse("2026-10-08T16:00:00Z")));
        assertEquals(ZoneOffset.ofHours(1), rules.getOffset(Instant.parse("2026-12-08T12:00:00Z")));
        assertEquals(ZoneOffset.ofHours(2), rules.getOffset(Instant.parse("2026-10-25T00:59:59Z")));
        assertEquals(ZoneOffset.ofHours(1), rules.getOffset(Instant.parse("2026-10-25T01:00:00Z")));
    }

    @Test
    void specialCharactersAndSwedishLettersRoundTripExactly() throws Exception {
        String description = "Kom, lyssna; prata \\ fika\nVälkommen till Åsa, Ängö och Östby!";
        CalendarEvent event = withDescription(OPEN_MEETING_8_OCTOBER, description);

        String ics = IcsWriter.invitation(event, NOW);

        String unfolded = ics.replace("\r\n ", "");
        String expectedLine = "DESCRIPTION:Kom\\, lyssna\\; prata \\\\ fika\\nVälkommen till Åsa\\, Ängö och Östby!";
        assertTrue(unfolded.contains("\r\n" + expectedLine + "\r\n"), ics);
        VEvent parsed = onlyEvent(ics);
        assertEquals(description, parsed.getRequiredProperty(Property.DESCRIPTION).getValue());
        assertEquals("Öppet möte: Stjärnbild, vår plats", parsed.getRequiredProperty(Property.SUMMARY).getValue());
        assertEquals("Kulturhuset; Storgatan 1, 123 45 Småstad",
                parsed.getRequiredProperty(Property.LOCATION).getValue());
    }

    @Test
    void windowsAndOldMacLineBreaksBecomeOneNewline() throws Exception {
        CalendarEvent event = withDescription(OPEN_MEETING_8_OCTOBER, "ett\r\ntvå\rtre\n\nfyra");

        VEvent parsed = onlyEvent(IcsWriter.invitation(event, NOW));

        assertEquals("ett\ntvå\ntre\n\nfyra", parsed.getRequiredProperty(Property.DESCRIPTION).getValue());
    }

    @Test
    void longLinesFoldWithinSeventyFiveOctetsAndUnfoldToTheOriginal() throws Exception {
        String description = "Åtta öppna möten om vår ort: ".repeat(3) + "åäö".repeat(40) + " slut.";
        CalendarEvent event = withDescription(OPEN_MEETING_8_OCTOBER, description);

        String ics = IcsWriter.invitation(event, NOW);

        List<String> physicalLines = Arrays.asList(ics.split("\r\n"));
        for (String line : physicalLines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
        }
        long continuationLines = physicalLines.stream().filter(line -> line.startsWith(" ")).count();
        assertTrue(continuationLines >= 3, "the description should span several lines:\n" + ics);
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nDESCRIPTION:" + IcsText.escape(description) + "\r\n"), unfolded);
        assertEquals(description, onlyEvent(ics).getRequiredProperty(Property.DESCRIPTION).getValue());
    }

    @Test
    void cancelledMeetingHasStatusCancelledAndHigherSequence() throws Exception {
        CalendarEvent cancelled = OPEN_MEETING_8_OCTOBER.asCancelled(Instant.parse("2026-10-01T10:00:00Z"));

        VEvent before = onlyEvent(IcsWriter.invitation(OPEN_MEETING_8_OCTOBER, NOW));
        VEvent after = onlyEvent(IcsWriter.invitation(cancelled, NOW));

        assertEquals("CONFIRMED", before.getRequiredProperty(Property.STATUS).getValue());
        assertEquals("CANCELLED", after.getRequiredProperty(Property.STATUS).getValue());
        assertEquals("0", before.getRequiredProperty(Property.SEQUENCE).getValue());
        assertEquals("1", after.getRequiredProperty(Property.SEQUENCE).getValue());
        assertEquals("meeting-42@stjarnbild", after.getRequiredProperty(Property.UID).getValue());
        assertEquals("20261001T100000Z", after.getRequiredProperty(Property.LAST_MODIFIED).getValue());
    }

    @Test
    void feedWithSeveralEventsHasOneTimeZone() throws Exception {
        CalendarEvent december = openMeeting(44, LocalDateTime.of(2026, 12, 8, 13, 0),
                LocalDateTime.of(2026, 12, 8, 15, 0));

        String ics = IcsWriter.calendar(List.of(OPEN_MEETING_8_OCTOBER, OPEN_MEETING_9_OCTOBER, december),
                "Stjärnbild", NOW);

        Calendar calendar = parse(ics);
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
        assertEquals(3, calendar.getComponents(Component.VEVENT).size());
        assertEquals(1, ics.split("BEGIN:VTIMEZONE", -1).length - 1);
    }

    @Test
    void everyLineEndsWithCrlf() {
        String ics = IcsWriter.calendar(List.of(withDescription(OPEN_MEETING_8_OCTOBER, "rad ett\nrad två\r\n")),
                "Stjärnbild", NOW);

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertFalse(line.contains("\r") || line.contains("\n"), "bare line break in: " + line);
        }
    }

    @Test
    void feedStartsWithTheCalendarProperties() throws Exception {
        String ics = IcsWriter.calendar(List.of(), "Stjärnbild, möten", NOW);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"
                + "PRODID:-//Stjärnbild//Stjärnbild//SV\r\n"
                + "VERSION:2.0\r\n"
                + "CALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\n"
                + "NAME:Stjärnbild\\, möten\r\n"
                + "X-WR-CALNAME:Stjärnbild\\, möten\r\n"
                + "BEGIN:VTIMEZONE\r\n"), ics);
        // An empty feed still parses: its time zone is the one component a VCALENDAR needs.
        assertEquals(1, parse(ics).getComponents().size());
    }

    @Test
    void invitationIsPublishedWithoutFeedName() {
        String ics = IcsWriter.invitation(OPEN_MEETING_8_OCTOBER, NOW);

        assertTrue(ics.contains("\r\nMETHOD:PUBLISH\r\n"));
        assertFalse(ics.contains("X-WR-CALNAME"));
        assertEquals("text/calendar; charset=UTF-8; method=PUBLISH", IcsWriter.INVITATION_MEDIA_TYPE);
    }

    @Test
    void eventCarriesStampUrlAndOrganiser() throws Exception {
        VEvent event = onlyEvent(IcsWriter.invitation(OPEN_MEETING_8_OCTOBER, NOW));

        assertEquals("20260901T073015Z", event.getRequiredProperty(Property.DTSTAMP).getValue());
        assertEquals("20260820T090000Z", event.getRequiredProperty(Property.LAST_MODIFIED).getValue());
        assertEquals("https://stjarnbild.se/m%C3%B6ten/42", event.getRequiredProperty(Property.URL).getValue());
        Organizer organiser = event.getRequiredProperty(Property.ORGANIZER);
        assertEquals("mailto:dialog@smastad.se", organiser.getValue());
        assertEquals("Småstad kommun, dialog", organiser.<Parameter>getRequiredParameter(Parameter.CN).getValue());
    }

    @Test
    void optionalFieldsLeftOutWhenMissing() throws Exception {
        CalendarEvent bare = new CalendarEvent("meeting-7@stjarnbild", 0, "Möte", null, null, null,
                Instant.parse("2026-10-08T16:00:00Z"), Instant.parse("2026-10-08T18:30:00Z"), false,
                "Bara namn", null, EDITED);

        String ics = IcsWriter.invitation(bare, NOW);

        for (String absent : List.of("\r\nDESCRIPTION", "\r\nLOCATION", "\r\nURL", "\r\nORGANIZER", "Bara namn")) {
            assertFalse(ics.contains(absent), absent + " in\n" + ics);
        }
        assertEquals(Instant.parse("2026-10-08T16:00:00Z"), start(onlyEvent(ics)));
    }

    @Test
    void repeatedAutumnHourIsWrittenInUtcSoItIsNotReadAsTheFirstPass() throws Exception {
        // 02:30 happens twice on 25 October 2026; this is the second time, in winter time.
        Instant secondPass = Instant.parse("2026-10-25T01:30:00Z");
        CalendarEvent night = new CalendarEvent("meeting-9@stjarnbild", 0, "Natt", null, null, null,
                secondPass, secondPass.plusSeconds(3600), false, null, null, EDITED);

        String ics = IcsWriter.invitation(night, NOW);

        assertTrue(ics.contains("\r\nDTSTART:20261025T013000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Europe/Stockholm:20261025T033000\r\n"), ics);
        assertEquals(secondPass, start(onlyEvent(ics)));
    }

    @Test
    void ical4jWillNotTryToFetchTimeZoneUpdatesInTheseTests() {
        // 4.4.0 defaults this to off; if a later version turns it on, parsing would go online.
        assertFalse(new TimeZoneUpdater().isEnabled());
    }

    private static CalendarEvent openMeeting(int id, LocalDateTime start, LocalDateTime end) {
        return new CalendarEvent("meeting-" + id + "@stjarnbild", 0, "Öppet möte: Stjärnbild, vår plats",
                "Berätta vad som gör orten till din plats.", "Kulturhuset; Storgatan 1, 123 45 Småstad",
                "https://stjarnbild.se/möten/" + id,
                start.atZone(STOCKHOLM).toInstant(), end.atZone(STOCKHOLM).toInstant(), false,
                "Småstad kommun, dialog", "dialog@smastad.se", EDITED);
    }

    private static CalendarEvent withDescription(CalendarEvent event, String description) {
        return new CalendarEvent(event.uid(), event.sequence(), event.title(), description, event.location(),
                event.url(), event.start(), event.end(), event.cancelled(), event.organiserName(),
                event.organiserEmail(), event.lastModified());
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(String ics) throws IOException, ParserException {
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.getDateTimeStart().getDate());
    }

    private static Instant end(VEvent event) {
        return Instant.from(event.getDateTimeEnd().getDate());
    }
}
