package se.stjarnbild.webapp.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and numbers as people read them: "8 oktober 2026", "18:30", "1 203". */
public final class DisplayFormats {

    private DisplayFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** "8–9 oktober 2026", "1 juli – 31 augusti 2026", or both dates in full across years. */
    public static String dateRange(LocalDate start, LocalDate end, Locale locale) {
        if (start == null || end == null) {
            return date(start == null ? end : start, locale);
        }
        if (start.equals(end)) {
            return date(start, locale);
        }
        if (start.getYear() != end.getYear()) {
            return date(start, locale) + " – " + date(end, locale);
        }
        if (start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + date(end, locale);
        }
        return DateTimeFormatter.ofPattern("d MMMM", locale).format(start) + " – " + date(end, locale);
    }

    public static String time(LocalTime time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale).format(time);
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public static String decimal(double value, int fractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }
}
