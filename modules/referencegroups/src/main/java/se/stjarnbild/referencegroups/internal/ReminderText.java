package se.stjarnbild.referencegroups.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mails a member gets in a round, in the member's own language (Swedish unless English is
 * chosen on the member's page): the invitation when the round opens and later reminders, each
 * with the round, the last day and their own link, signed with the process's municipality.
 */
final class ReminderText {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private ReminderText() {
    }

    /** The member's language: "en" reads English, anything else Swedish. */
    static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : SWEDISH;
    }

    /** The member's link, opening the answer page in the member's language. */
    static String link(String link, Locale locale) {
        return locale.getLanguage().equals("en") ? link + "&lang=en" : link;
    }

    static String invitationSubject(Locale locale, String round) {
        return text(locale, "mail.invitation.subject", round);
    }

    static String invitationBody(Locale locale, String name, String group, String round, LocalDate closesOn, String link,
            String municipality) {
        return body(locale, "mail.invitation.body", name, group, round, closesOn, link, municipality);
    }

    static String subject(Locale locale, String round) {
        return text(locale, "mail.reminder.subject", round);
    }

    static String body(Locale locale, String name, String group, String round, LocalDate closesOn, String link,
            String municipality) {
        return body(locale, "mail.reminder.body", name, group, round, closesOn, link, municipality);
    }

    /** An invitation and a reminder say the same things in other words: who, which group and round, how to answer. */
    private static String body(Locale locale, String key, String name, String group, String round, LocalDate closesOn,
            String link, String municipality) {
        return text(locale, key, name, group, round, howToAnswer(locale, closesOn, link, municipality),
                signature(locale, municipality));
    }

    private static String howToAnswer(Locale locale, LocalDate closesOn, String link, String municipality) {
        String signed = signature(locale, municipality);
        // The signature opens a line: "Kommunen", not "kommunen".
        return text(locale, "mail.howToAnswer", DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(closesOn),
                link(link, locale), signed.substring(0, 1).toUpperCase(locale) + signed.substring(1));
    }

    private static String signature(Locale locale, String municipality) {
        return municipality == null || municipality.isBlank() ? text(locale, "municipality.unknown") : municipality;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("se.stjarnbild.referencegroups.web.messages", locale,
                ReminderText.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
