package se.stjarnbild.referencegroups.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mails a member gets in a round, in plain Swedish (members have no language of their own
 * yet): the invitation when the round opens and later reminders, each with the round, the last
 * day and their own link, signed with the process's municipality.
 */
final class ReminderText {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    private ReminderText() {
    }

    static String invitationSubject(String round) {
        return text("mail.invitation.subject", round);
    }

    static String invitationBody(String name, String group, String round, LocalDate closesOn, String link, String municipality) {
        return text("mail.invitation.body", name, group, round, howToAnswer(closesOn, link, municipality), signature(municipality));
    }

    static String subject(String round) {
        return text("mail.reminder.subject", round);
    }

    static String body(String name, String group, String round, LocalDate closesOn, String link, String municipality) {
        return text("mail.reminder.body", name, group, round, howToAnswer(closesOn, link, municipality), signature(municipality));
    }

    private static String howToAnswer(LocalDate closesOn, String link, String municipality) {
        String signed = municipality == null || municipality.isBlank() ? text("municipality.unknown") : municipality;
        // The signature opens a line: "Kommunen", not "kommunen".
        return text("mail.howToAnswer", DAY.format(closesOn), link,
                signed.substring(0, 1).toUpperCase(SWEDISH) + signed.substring(1));
    }

    private static String signature(String municipality) {
        return municipality == null || municipality.isBlank() ? text("municipality.unknown") : municipality;
    }

    private static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("se.stjarnbild.referencegroups.web.messages", SWEDISH,
                ReminderText.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, SWEDISH).format(arguments);
    }
}
