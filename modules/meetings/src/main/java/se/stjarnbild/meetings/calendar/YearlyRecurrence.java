package se.stjarnbild.meetings.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;

/**
 * Expresses a JDK zone transition rule ("last Sunday of March", "first Sunday on or after the
 * 8th") as an RRULE. Clients such as Outlook handle only simple yearly rules well, so the
 * common forms become BYDAY=-1SU or BYDAY=2SU; anything the RRULE could not say exactly is
 * refused rather than written wrong.
 */
final class YearlyRecurrence {

    private YearlyRecurrence() {
    }

    static String of(ZoneOffsetTransitionRule rule, int sampleYear) {
        requireChangeOnNamedDay(rule, sampleYear);
        Month month = rule.getMonth();
        int dayIndicator = rule.getDayOfMonthIndicator();
        String yearly = "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";";
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) {
            // The JDK's negative indicator counts from the month's end just like BYMONTHDAY does.
            return yearly + "BYMONTHDAY=" + dayIndicator;
        }
        String day = weekday.name().substring(0, 2);
        if (dayIndicator > 0 && (dayIndicator - 1) % 7 == 0 && dayIndicator <= 22) {
            return yearly + "BYDAY=" + ((dayIndicator - 1) / 7 + 1) + day;
        }
        if (dayIndicator < 0 && (-dayIndicator - 1) % 7 == 0 && dayIndicator >= -22) {
            return yearly + "BYDAY=-" + ((-dayIndicator - 1) / 7 + 1) + day;
        }
        boolean fixedLength = month.minLength() == month.maxLength();
        if (fixedLength && dayIndicator + 6 == month.maxLength()) {
            return yearly + "BYDAY=-1" + day;
        }
        if (dayIndicator > 0 && dayIndicator + 6 <= month.minLength()) {
            StringBuilder days = new StringBuilder();
            for (int d = dayIndicator; d <= dayIndicator + 6; d++) {
                days.append(d == dayIndicator ? "" : ",").append(d);
            }
            return yearly + "BYMONTHDAY=" + days + ";BYDAY=" + day;
        }
        throw new IllegalArgumentException("no exact RRULE for zone rule " + rule);
    }

    // The RRULE names the day; if the change falls past midnight (24:00, or a UTC time that is
    // already tomorrow locally) the named day would be wrong.
    private static void requireChangeOnNamedDay(ZoneOffsetTransitionRule rule, int year) {
        ZoneOffsetTransitionRule atNoon = ZoneOffsetTransitionRule.of(rule.getMonth(), rule.getDayOfMonthIndicator(),
                rule.getDayOfWeek(), LocalTime.NOON, false, TimeDefinition.WALL, rule.getStandardOffset(),
                rule.getOffsetBefore(), rule.getOffsetAfter());
        LocalDate namedDay = atNoon.createTransition(year).getDateTimeBefore().toLocalDate();
        LocalDate actualDay = rule.createTransition(year).getDateTimeBefore().toLocalDate();
        if (!namedDay.equals(actualDay)) {
            throw new IllegalArgumentException("zone rule changes on another day than it names: " + rule);
        }
    }
}
