package se.stjarnbild.benchmark;

import java.util.Locale;

/**
 * One line of the results table. {@code ratio} is the measured value over its limit, oriented so
 * that 1.0 or less meets the target; null where a figure has no target or is not measured yet.
 */
record Figure(String name, String value, String target, Double ratio, String note) {

    static Figure measured(String name, String value, String target, Double ratio) {
        return new Figure(name, value, target, ratio, "");
    }

    static Figure informational(String name, String value) {
        return new Figure(name, value, "—", null, "");
    }

    static Figure pending(String name, String target, String why) {
        return new Figure(name, "not measured yet", target, null, why);
    }

    String status() {
        if (ratio == null) {
            return note.isEmpty() ? "" : note;
        }
        return ratio <= 1.0 ? "meets target" : "MISSES target";
    }

    String row() {
        String ratioText = ratio == null ? "—" : String.format(Locale.ROOT, "%.2f", ratio);
        return "| " + name + " | " + value + " | " + target + " | " + ratioText + " | " + status() + " |";
    }
}
