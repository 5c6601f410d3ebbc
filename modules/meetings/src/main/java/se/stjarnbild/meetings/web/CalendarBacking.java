package se.stjarnbild.meetings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.stjarnbild.meetings.MeetingFilter;
import se.stjarnbild.meetings.MeetingRow;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.scheduling.MeetingTime;

/**
 * Backs meetings/calendar.xhtml ({@code ?month=2026-10}): a month as weeks Monday to Sunday, each
 * day with its meetings in time order. The table is its own text alternative.
 */
@Named
@RequestScoped
public class CalendarBacking {

    /** A day of the grid; days of the neighbouring months fill the first and last week. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<MeetingRow> meetings) {
    }

    @Inject
    private Meetings meetings;

    private YearMonth month = YearMonth.now(MeetingTime.ZONE);
    private List<List<Day>> weeks;

    public List<List<Day>> getWeeks() {
        if (weeks == null) {
            List<MeetingRow> all = meetings.list(new MeetingFilter(MeetingFilter.Period.ALL, null, true));
            LocalDate today = LocalDate.now(MeetingTime.ZONE);
            LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            weeks = new ArrayList<>();
            while (!day.isAfter(last)) {
                List<Day> week = new ArrayList<>(7);
                for (int d = 0; d < 7; d++, day = day.plusDays(1)) {
                    LocalDate date = day;
                    week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today), all.stream()
                            .filter(m -> m.startsAt().atZone(MeetingTime.ZONE).toLocalDate().equals(date))
                            .sorted(java.util.Comparator.comparing(MeetingRow::startsAt)).toList()));
                }
                weeks.add(week);
            }
        }
        return weeks;
    }

    public List<String> getWeekdays() {
        return Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, MeetingsTexts.locale())).toList();
    }

    public String getTitle() {
        return DateTimeFormatter.ofPattern("LLLL yyyy", MeetingsTexts.locale()).format(month);
    }

    public String time(MeetingRow meeting) {
        return DateTimeFormatter.ofPattern("HH:mm").format(meeting.startsAt().atZone(MeetingTime.ZONE));
    }

    /** The ISO week number of a grid row (its Monday). */
    public int weekNumber(List<Day> week) {
        return week.get(0).date().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public String dayLabel(Day day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", MeetingsTexts.locale()).format(day.date());
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    public String getNext() {
        return month.plusMonths(1).toString();
    }

    public String getMonth() {
        return month.toString();
    }

    /** An unreadable month in the address shows this month rather than an error. */
    public void setMonth(String value) {
        try {
            month = value == null || value.isBlank() ? YearMonth.now(MeetingTime.ZONE) : YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            month = YearMonth.now(MeetingTime.ZONE);
        }
    }
}
