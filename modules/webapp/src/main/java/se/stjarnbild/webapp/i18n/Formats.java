package se.stjarnbild.webapp.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
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

    public String number(long value) {
        return DisplayFormats.number(value, locale());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? LocaleBacking.SWEDISH : context.getViewRoot().getLocale();
    }
}
