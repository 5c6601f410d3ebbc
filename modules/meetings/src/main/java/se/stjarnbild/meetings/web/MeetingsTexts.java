package se.stjarnbild.meetings.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.stjarnbild.meetings.scheduling.MeetingTime;

/** The meetings module's texts for messages added from code, and times as readers write them. */
final class MeetingsTexts {

    private static final String BUNDLE = "se.stjarnbild.meetings.web.messages";

    private MeetingsTexts() {
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String get(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale(), MeetingsTexts.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(readable(arguments, locale()));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Days and times as people write them ("29 mars 2026", "02:30"), not as ISO ("2026-03-29"). */
    static Object[] readable(Object[] arguments, java.util.Locale locale) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof java.time.LocalDate day) {
                out[i] = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
            } else if (out[i] instanceof java.time.LocalTime time) {
                out[i] = DateTimeFormatter.ofPattern("HH:mm", locale).format(time);
            }
        }
        return out;
    }

    /** "torsdag 8 oktober 2026, 18:00–20:30" in Swedish; the English page gets English names. */
    static String when(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(MeetingTime.ZONE);
        ZonedDateTime to = end.atZone(MeetingTime.ZONE);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale());
        return day.format(from) + ", " + time.format(from) + "–" + time.format(to);
    }

    /** A message for the next page (after a redirect). */
    static void flashInfo(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }
}
