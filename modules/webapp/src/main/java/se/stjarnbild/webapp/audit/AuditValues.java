package se.stjarnbild.webapp.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import se.stjarnbild.webapp.i18n.DisplayFormats;
import se.stjarnbild.webapp.i18n.Texts;

/**
 * A logged value as the reader says it: stored choices ("WAITLISTED") in words, moments and days
 * in the page's date format, yes and no, and the mark for personal data in the page's language.
 * Anything else (names, numbers, free text) is shown as logged.
 */
final class AuditValues {

    /** What the model's audit listener stores instead of a personal or a secret value. */
    static final String PERSONAL = "(personuppgift)";
    static final String SECRET = "(hemlig)";

    private static final Pattern CHOICE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private AuditValues() {
    }

    static String shown(String entity, String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.equals(PERSONAL)) {
            return Texts.get(locale, "audit.value.personal");
        }
        if (value.equals(SECRET)) {
            return Texts.get(locale, "audit.value.secret");
        }
        if (value.equals("true") || value.equals("false")) {
            return Texts.get(locale, "audit.value." + value);
        }
        if (CHOICE.matcher(value).matches()) {
            return choice(entity, value, locale);
        }
        if (DAY.matcher(value).matches()) {
            try {
                return DisplayFormats.date(LocalDate.parse(value), locale);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (MOMENT.matcher(value).matches()) {
            ZonedDateTime local = moment(value);
            return local == null ? value
                    : DisplayFormats.date(local.toLocalDate(), locale) + " " + DisplayFormats.time(local.toLocalTime(), locale);
        }
        return value;
    }

    /** An entity's own word first (a cancelled registration is not a cancelled meeting), then the shared one. */
    private static String choice(String entity, String value, Locale locale) {
        String own = "audit.value." + entity + "." + value;
        String text = Texts.get(locale, own);
        if (!text.equals(own)) {
            return text;
        }
        String shared = "audit.value." + value;
        text = Texts.get(locale, shared);
        return text.equals(shared) ? value : text;
    }

    private static ZonedDateTime moment(String value) {
        try {
            return Instant.parse(value).atZone(STOCKHOLM);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).atZoneSameInstant(STOCKHOLM);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
