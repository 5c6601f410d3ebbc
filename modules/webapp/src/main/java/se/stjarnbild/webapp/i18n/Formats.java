package se.stjarnbild.webapp.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Page-side formatting in the view's language: {@code #{fmt.date(phase.start)}}. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String date(LocalDate date) {
        return DisplayFormats.date(date, locale());
    }

    public String dateRange(LocalDate start, LocalDate end) {
        return DisplayFormats.dateRange(start, end, locale());
    }

    public String time(LocalTime time) {
        return DisplayFormats.time(time, locale());
    }

    /** A moment as people in Krokom read it: "8 oktober 2026 18:30" (Stockholm time). */
    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(ZoneId.of("Europe/Stockholm"));
        return DisplayFormats.date(local.toLocalDate(), locale()) + " " + DisplayFormats.time(local.toLocalTime(), locale());
    }

    /** A share in whole percent: "67 %" in Swedish, "67%" in English. */
    public String percent(long value) {
        return DisplayFormats.number(value, locale()) + (locale().getLanguage().equals("sv") ? "\u00a0%" : "%");
    }

    /** A decimal with one digit, comma in Swedish: "3,5". */
    public String decimal(Double value) {
        return value == null ? "–" : DisplayFormats.decimal(value, 1, locale());
    }

    public String number(long value) {
        return DisplayFormats.number(value, locale());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? LocaleBacking.SWEDISH : context.getViewRoot().getLocale();
    }
}
