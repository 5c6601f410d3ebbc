package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;

/**
 * Ratings on the 1–5 scale: how many gave each value, and the median (the mean of the two middle
 * values when the count is even, so 3 and 4 give 3.5). Values outside the scale are not counted.
 */
public record RatingSummary(int[] counts, long total, Double median) implements Serializable {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public static RatingSummary of(Collection<Integer> ratings) {
        int[] counts = new int[HIGHEST];
        ratings.stream().filter(RatingSummary::onScale).forEach(r -> counts[r - LOWEST]++);
        long total = Arrays.stream(counts).sum();
        return new RatingSummary(counts, total, median(counts, total));
    }

    public static boolean onScale(Integer rating) {
        return rating != null && rating >= LOWEST && rating <= HIGHEST;
    }

    private static Double median(int[] counts, long total) {
        if (total == 0) {
            return null;
        }
        int lower = valueAt((total - 1) / 2, counts);
        int upper = valueAt(total / 2, counts);
        return (lower + upper) / 2.0;
    }

    /** The rating at a zero-based position when all ratings are sorted. */
    private static int valueAt(long position, int[] counts) {
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (position < seen) {
                return i + LOWEST;
            }
        }
        throw new IllegalStateException("position beyond the ratings");
    }

    /** How many gave a value on the scale (1–5). */
    public int count(int rating) {
        return counts[rating - LOWEST];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RatingSummary that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "RatingSummary" + Arrays.toString(counts) + " median " + median;
    }
}
