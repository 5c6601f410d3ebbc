package se.stjarnbild.meetings.internal;

import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import se.stjarnbild.meetings.scheduling.MeetingTime;

/**
 * The invitation to answer a poll, in the member's language: the times in the order of the
 * calendar (as the member's page and the grid show them), the member's own link, signed with the
 * municipality.
 */
final class PollMail {

    private PollMail() {
    }

    static String subject(Locale locale, String title) {
        return new MessageFormat(texts(locale).getString("mail.poll.subject"), locale).format(new Object[] {title});
    }

    static String body(Locale locale, String name, String group, String title, List<MeetingTime.Result> times, String link,
            String municipality) {
        ResourceBundle texts = texts(locale);
        StringBuilder body = new StringBuilder(new MessageFormat(texts.getString("mail.poll.intro"), locale)
                .format(new Object[] {name, group, title}));
        times.stream().sorted(Comparator.comparing(MeetingTime.Result::start))
                .forEach(t -> body.append("- ").append(MailText.when(locale, texts, t.start(), t.end())).append('\n'));
        String signature = municipality == null || municipality.isBlank() ? texts.getString("mail.municipalityUnknown")
                : municipality;
        String personal = locale.getLanguage().equals("en") ? link + "&lang=en" : link;
        return body.append(new MessageFormat(texts.getString("mail.poll.answer"), locale)
                .format(new Object[] {personal, signature})).toString();
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("se.stjarnbild.meetings.web.messages", locale, PollMail.class.getClassLoader());
    }
}
