package se.stjarnbild.meetings.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** DATE-TIME values (RFC 5545 3.3.5): whole seconds, either UTC or local time with a TZID. */
final class IcsDateTimes {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    private IcsDateTimes() {
    }

    /** UTC form, e.g. 20261008T160000Z, for DTSTAMP and LAST-MODIFIED. */
    static String utc(Instant instant) {
        return BASIC.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)) + "Z";
    }

    /** Floating local form, e.g. 20261008T180000, for VTIMEZONE observance starts. */
    static String local(LocalDateTime localDateTime) {
        return BASIC.format(localDateTime);
    }

    /**
     * Writes the instant as local time in the zone, so clients show 18:00 even if they apply
     * their own (possibly newer) rules for the zone. One case cannot be written that way: the
     * second pass through the hour repeated when summer time ends, because readers take an
     * ambiguous local time as its first occurrence; that instant is written in UTC instead.
     */
    static void writeZoned(ContentLines lines, String propertyName, Instant instant, ZoneId zone) {
        Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime local = LocalDateTime.ofInstant(whole, zone);
        Instant asReadBack = local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
        if (asReadBack.equals(whole)) {
            lines.value(propertyName + ";TZID=" + zone.getId(), local(local));
        } else {
            lines.value(propertyName, utc(whole));
        }
    }
}
