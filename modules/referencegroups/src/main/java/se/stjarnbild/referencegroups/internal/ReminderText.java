package se.stjarnbild.referencegroups.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The reminder e-mail a member gets: plain Swedish, the round, the last day, their own link. */
final class ReminderText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    private ReminderText() {
    }

    static String subject(String round) {
        return "Påminnelse: vad tycker du om stjärnbilden? (" + round + ")";
    }

    static String body(String name, String group, String round, LocalDate closesOn, String link) {
        return "Hej " + name + "!\n\n"
                + "Du är med i " + group + ". Vi vill gärna veta vad du tycker om de stjärnor som vuxit fram i "
                + "dialogen om Krokoms platsvarumärke (" + round + ").\n\n"
                + "Svara senast " + DAY.format(closesOn) + " på din personliga sida. Du behöver inget konto, och du "
                + "kan ändra dina svar fram till dess:\n" + link + "\n\n"
                + "Länken är din egen: dela den inte med andra.\n\n"
                + "Tack för att du delar med dig!\nKrokoms kommun\n";
    }
}
