package se.stjarnbild.meetings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.stjarnbild.meetings.MeetingFilter;
import se.stjarnbild.meetings.MeetingRow;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.scheduling.MeetingTime;

/**
 * Backs meetings/week.xhtml ({@code ?day=2026-10-08}): the ISO week (Monday to Sunday, as Swedish
 * calendars count it) around a day, as an agenda: each day with its meetings in time order.
 */
@Named
@RequestScoped
public class WeekBacking {

    /** One day of the week and its meetings. */
    public record Day(LocalDate date, boolean today, List<MeetingRow> meetings) {
    }

    @Inject
    private Meetings meetings;

    private LocalDate monday = monday(LocalDate.now(MeetingTime.ZONE));
    private List<Day> days;

    public List<Day> getDays() {
        if (days == null) {
            List<MeetingRow> all = meetings.list(new MeetingFilter(MeetingFilter.Period.ALL, null, true));
            LocalDate today = LocalDate.now(MeetingTime.ZONE);
            days = new ArrayList<>(7);
            for (int d = 0; d < 7; d++) {
                LocalDate date = monday.plusDays(d);
                days.add(new Day(date, date.equals(today), all.stream()
                        .filter(m -> m.startsAt().atZone(MeetingTime.ZONE).toLocalDate().equals(date))
                        .sorted(Comparator.comparing(MeetingRow::startsAt)).toList()));
            }
        }
        return days;
    }

    /** "Vecka 41: 5–11 oktober 2026" in Swedish; English in English. */
    public String getTitle() {
        LocalDate sunday = monday.plusDays(6);
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", MeetingsTexts.locale());
        String first = monday.getMonth() == sunday.getMonth() ? Integer.toString(monday.getDayOfMonth())
                : DateTimeFormatter.ofPattern(monday.getYear() == sunday.getYear() ? "d MMMM" : "d MMMM yyyy",
                        MeetingsTexts.locale()).format(monday);
        return MeetingsTexts.get("week.title", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), first + "–" + full.format(sunday));
    }

    public String dayLabel(Day day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", MeetingsTexts.locale()).format(day.date());
    }

    public String when(MeetingRow meeting) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        return time.format(meeting.startsAt().atZone(MeetingTime.ZONE)) + "–" + time.format(meeting.endsAt().atZone(MeetingTime.ZONE));
    }

    public String getPrevious() {
        return monday.minusWeeks(1).toString();
    }

    public String getNext() {
        return monday.plusWeeks(1).toString();
    }

    public String getMonth() {
        return java.time.YearMonth.from(monday.plusDays(3)).toString();
    }

    public String getDay() {
        return monday.toString();
    }

    /** Any day of the week; an unreadable one shows this week rather than an error. */
    public void setDay(String value) {
        try {
            monday = monday(value == null || value.isBlank() ? LocalDate.now(MeetingTime.ZONE) : LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            monday = monday(LocalDate.now(MeetingTime.ZONE));
        }
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
