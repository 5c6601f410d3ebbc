package se.stjarnbild.dialogue.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people actually type in Swedish spreadsheets: 2026-07-15 (also what XLSX date cells
 * become, possibly with a time), 15/7/2026, 15.7.2026 and "15 juli 2026". Day comes before month, as
 * in Sweden; a two-digit year is refused rather than guessed. The patterns are compiled once.
 */
final class ImportDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern DAY_MONTH_NAME_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?\\s+(\\d{4})");

    private static final Map<String, Integer> SWEDISH_MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5),
            Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augusti", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private ImportDates() {
    }

    /** The date, or null when the text is not a date in any accepted form (or no such day exists). */
    static LocalDate parse(String text) {
        try {
            if (isPlainIso(text)) {
                // The template's and XLSX's form, on nearly every row: read without a regular expression.
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(number(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.matches()) {
                return LocalDate.of(number(dmy.group(4)), number(dmy.group(3)), number(dmy.group(1)));
            }
            Matcher named = DAY_MONTH_NAME_YEAR.matcher(text);
            if (named.matches()) {
                Integer month = SWEDISH_MONTHS.get(named.group(2).toLowerCase(Locale.ROOT));
                return month == null ? null : LocalDate.of(number(named.group(3)), month, number(named.group(1)));
            }
            return null;
        } catch (DateTimeException noSuchDay) {
            return null;
        }
    }

    /** Exactly yyyy-MM-dd. */
    private static boolean isPlainIso(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
