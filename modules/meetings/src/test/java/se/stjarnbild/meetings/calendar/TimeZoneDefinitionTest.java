package se.stjarnbild.meetings.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZoneDefinitionTest {

    @Test
    void stockholmIsTodaysEuropeanSummerTimeRule() {
        ContentLines lines = new ContentLines();

        TimeZoneDefinition.write(lines, ZoneId.of("Europe/Stockholm"));

        assertEquals(String.join("\r\n",
                "BEGIN:VTIMEZONE",
                "TZID:Europe/Stockholm",
                "X-LIC-LOCATION:Europe/Stockholm",
                "BEGIN:DAYLIGHT",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200",
                "TZNAME:CEST",
                "DTSTART:19700329T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "END:DAYLIGHT",
                "BEGIN:STANDARD",
                "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100",
                "TZNAME:CET",
                "DTSTART:19701025T030000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "END:STANDARD",
                "END:VTIMEZONE",
                ""), lines.toString());
    }

    /** The definition, read by ical4j, agrees with the JDK on every change from 2026 to 2040. */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Stockholm", "America/New_York", "Australia/Sydney", "Asia/Tokyo"})
    void readBackRulesAgreeWithTheJdkAroundEveryChange(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        ZoneRules expected = zone.getRules();
        ZoneRules readBack = readBack(zone);

        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2041-01-01T00:00:00Z");
        for (Instant probe = from; probe.isBefore(until); probe = probe.plusSeconds(86_400 * 15)) {
            assertEquals(expected.getOffset(probe), readBack.getOffset(probe), zoneId + " at " + probe);
        }
        for (ZoneOffsetTransition change = expected.nextTransition(from);
                change != null && change.getInstant().isBefore(until);
                change = expected.nextTransition(change.getInstant())) {
            Instant instant = change.getInstant();
            assertEquals(change.getOffsetBefore(), readBack.getOffset(instant.minusSeconds(1)),
                    zoneId + " before " + instant);
            assertEquals(change.getOffsetAfter(), readBack.getOffset(instant), zoneId + " at " + instant);
        }
    }

    private static ZoneRules readBack(ZoneId zone) throws Exception {
        ContentLines lines = new ContentLines().begin("VCALENDAR")
                .value("PRODID", "-//test//EN")
                .value("VERSION", "2.0");
        TimeZoneDefinition.write(lines, zone);
        lines.end("VCALENDAR");
        VTimeZone definition = new CalendarBuilder().build(new StringReader(lines.toString()))
                .<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        return new ZoneRulesBuilder().vTimeZone(definition).build();
    }
}
