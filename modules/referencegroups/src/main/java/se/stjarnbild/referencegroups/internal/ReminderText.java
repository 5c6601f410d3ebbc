package se.stjarnbild.referencegroups.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mails a member gets in a round, in plain Swedish: the invitation when the round opens and
 * later reminders, each with the round, the last day and their own link.
 */
final class ReminderText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    private ReminderText() {
    }

    static String invitationSubject(String round) {
        return "Inbjudan: tyck till om stjärnbilden – " + round;
    }

    static String invitationBody(String name, String group, String round, LocalDate closesOn, String link) {
        return "Hej " + name + "!\n\n"
                + "Du är med i " + group + ", och nu vill vi gärna veta vad du tycker om de stjärnor som vuxit fram i "
                + "dialogen om Krokoms platsvarumärke (" + round + ").\n\n"
                + howToAnswer(closesOn, link);
    }

    static String subject(String round) {
        return "Påminnelse: vad tycker du om stjärnbilden? (" + round + ")";
    }

    static String body(String name, String group, String round, LocalDate closesOn, String link) {
        return "Hej " + name + "!\n\n"
                + "Du är med i " + group + ". Vi vill gärna veta vad du tycker om de stjärnor som vuxit fram i "
                + "dialogen om Krokoms platsvarumärke (" + round + ").\n\n"
                + howToAnswer(closesOn, link);
    }

    private static String howToAnswer(LocalDate closesOn, String link) {
        return "Svara senast " + DAY.format(closesOn) + " på din personliga sida. Du behöver inget konto, och du "
                + "kan ändra dina svar fram till dess:\n" + link + "\n\n"
                + "Länken är din egen: dela den inte med andra.\n\n"
                + "Tack för att du delar med dig!\nKrokoms kommun\n";
    }
}
