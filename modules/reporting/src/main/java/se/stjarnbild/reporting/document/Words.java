package se.stjarnbild.reporting.document;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The document's fixed Swedish words, and numbers and dates as a Swedish reader writes them. */
public final class Words {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("se.stjarnbild.reporting.document.words",
            Locale.ROOT, Words.class.getClassLoader());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    private Words() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = WORDS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, SWEDISH).format(arguments);
    }

    /** "1 203" with a no-break space, as Swedish text groups digits. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(SWEDISH).format(value);
    }

    private static final String[] SPELLED = {"noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
        "elva", "tolv"};

    /** Small numbers in words, as Swedish prose writes them ("nio", "fyra"); larger ones in digits. */
    public static String spelled(long value) {
        return value >= 0 && value < SPELLED.length ? SPELLED[(int) value] : number(value);
    }

    /** "3,5"; a dash when there is nothing to show. */
    public static String decimal(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String percent(long value) {
        return number(value) + "\u00a0%";
    }
}
