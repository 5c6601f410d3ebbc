package se.stjarnbild.meetings.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Writes a VTIMEZONE from the JDK's own zone rules, one STANDARD or DAYLIGHT observance per
 * yearly transition rule. We do not take ical4j's bundled definitions: they alias
 * Europe/Stockholm to Europe/Berlin, so the TZID would not match, and they carry a century of
 * history that no client needs for upcoming meetings.
 */
final class TimeZoneDefinition {

    // Observances start in 1970, as most generators' do; the rules are today's, which is what
    // upcoming meetings need.
    private static final int FIRST_YEAR = 1970;

    private TimeZoneDefinition() {
    }

    static void write(ContentLines lines, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        lines.begin("VTIMEZONE")
                .value("TZID", zone.getId())
                // Lets libical-based clients (Evolution, Thunderbird) map it to their own copy.
                .value("X-LIC-LOCATION", zone.getId());
        List<ZoneOffsetTransitionRule> yearlyRules = rules.getTransitionRules();
        if (yearlyRules.isEmpty()) {
            writeFixedOffset(lines, zone, rules);
        } else {
            yearlyRules.forEach(rule -> writeObservance(lines, zone, rule));
        }
        lines.end("VTIMEZONE");
    }

    private static void writeObservance(ContentLines lines, ZoneId zone, ZoneOffsetTransitionRule rule) {
        boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
        String observance = daylight ? "DAYLIGHT" : "STANDARD";
        ZoneOffsetTransition first = rule.createTransition(FIRST_YEAR);
        lines.begin(observance)
                .value("TZOFFSETFROM", offset(rule.getOffsetBefore()))
                .value("TZOFFSETTO", offset(rule.getOffsetAfter()))
                .text("TZNAME", abbreviation(zone, daylight))
                // Observance starts are local time in the offset before the change (RFC 5545 3.6.5).
                .value("DTSTART", IcsDateTimes.local(first.getDateTimeBefore()))
                .value("RRULE", YearlyRecurrence.of(rule, FIRST_YEAR))
                .end(observance);
    }

    // A zone that has stopped changing its clocks still needs one observance to be valid.
    private static void writeFixedOffset(ContentLines lines, ZoneId zone, ZoneRules rules) {
        List<ZoneOffsetTransition> history = rules.getTransitions();
        ZoneOffset current = history.isEmpty()
                ? rules.getOffset(Instant.EPOCH)
                : history.get(history.size() - 1).getOffsetAfter();
        lines.begin("STANDARD")
                .value("TZOFFSETFROM", offset(current))
                .value("TZOFFSETTO", offset(current))
                .text("TZNAME", abbreviation(zone, false))
                .value("DTSTART", FIRST_YEAR + "0101T000000")
                .end("STANDARD");
    }

    /** UTC offset as +hhmm, or +hhmmss when seconds are needed (RFC 5545 3.3.14). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int absolute = Math.abs(total);
        String hoursAndMinutes = String.format(Locale.ROOT, "%s%02d%02d",
                total < 0 ? "-" : "+", absolute / 3600, absolute / 60 % 60);
        int seconds = absolute % 60;
        return seconds == 0 ? hoursAndMinutes : hoursAndMinutes + String.format(Locale.ROOT, "%02d", seconds);
    }

    private static String abbreviation(ZoneId zone, boolean daylight) {
        return TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH);
    }
}
