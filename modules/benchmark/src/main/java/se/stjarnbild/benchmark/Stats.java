package se.stjarnbild.benchmark;

import java.util.List;
import java.util.Locale;

/** A figure over several runs: its median and its spread (lowest to highest). */
record Stats(double median, double min, double max) {

    static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1));
    }

    String format(String unit, int decimals) {
        String pattern = "%." + decimals + "f";
        return String.format(Locale.ROOT, pattern + " %s (%s–%s)", median, unit,
                String.format(Locale.ROOT, pattern, min), String.format(Locale.ROOT, pattern, max));
    }
}
