package se.stjarnbild.meetings.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.stjarnbild.meetings.scheduling.MeetingTime;

/** The invitation to answer a poll: plain Swedish, the times, the member's own link, signed with the municipality. */
final class PollMail {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", SWEDISH);

    private PollMail() {
    }

    static String subject(String title) {
        return "När kan du? " + title;
    }

    static String body(String name, String group, String title, List<MeetingTime.Result> times, String link,
            String municipality) {
        StringBuilder body = new StringBuilder("Hej ").append(name).append("!\n\n")
                .append(group).append(" ska träffas: ").append(title).append(". Vilka av de här tiderna passar dig?\n\n");
        for (MeetingTime.Result t : times) {
            ZonedDateTime start = t.start().atZone(MeetingTime.ZONE);
            ZonedDateTime end = t.end().atZone(MeetingTime.ZONE);
            body.append("- ").append(DAY.format(start)).append(", ").append(TIME.format(start)).append("–")
                    .append(TIME.format(end)).append('\n');
        }
        return body.append("\nSvara ja, om det behövs eller nej på din egen sida (inget konto behövs):\n").append(link)
                .append("\n\nLänken är din egen: dela den inte med andra.\n\n")
                .append(municipality == null || municipality.isBlank() ? "Kommunen" : municipality).append('\n').toString();
    }
}
