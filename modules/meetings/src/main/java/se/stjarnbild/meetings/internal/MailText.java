package se.stjarnbild.meetings.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import se.stjarnbild.meetings.scheduling.MeetingTime;

/**
 * The words of one e-mail about a registration, in the language the person registered in, signed
 * with the municipality's name. Its arguments: {0} name, {1} meeting, {2} when, {3} where,
 * {4} door code, {5} the person's own link, {6} the municipality.
 */
record MailText(String subject, String body) {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** The registration's stored language ("en", or null for Swedish) as the locale its e-mails use. */
    static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.forLanguageTag("en-GB") : SWEDISH;
    }

    static MailText compose(Locale locale, String key, String name, String meeting, Instant start, Instant end,
            String where, String code, String link, String municipality) {
        ResourceBundle texts = ResourceBundle.getBundle("se.stjarnbild.meetings.web.messages", locale,
                MailText.class.getClassLoader());
        String signature = municipality == null || municipality.isBlank() ? texts.getString("mail.municipalityUnknown") : municipality;
        Object[] args = {name, meeting, when(locale, texts, start, end), where, code, link, signature};
        return new MailText(new MessageFormat(texts.getString(key + ".subject"), locale).format(args),
                new MessageFormat(texts.getString(key + ".body"), locale).format(args));
    }

    /** "torsdag 8 oktober 2026 kl. 18:00–20:30", "Thursday 8 October 2026, 18:00–20:30" (Stockholm time). */
    static String when(Locale locale, ResourceBundle texts, Instant start, Instant end) {
        ZonedDateTime from = start.atZone(MeetingTime.ZONE);
        ZonedDateTime to = end.atZone(MeetingTime.ZONE);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return MessageFormat.format(texts.getString("mail.when"), day.format(from), time.format(from), time.format(to));
    }
}
