package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.List;

/**
 * The answers to the star on screen: {@code counts} holds how many answered 1 (not at all) to 4
 * (fully), in that order; {@code sentences} how many also wrote a sentence.
 */
public record LiveResult(String code, Long starId, boolean closed, List<Long> counts, long sentences)
        implements Serializable {

    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    /** The share answering 3 or 4, in whole percent (0 with no answers). */
    public long ringsTruePercent() {
        long total = total();
        return total == 0 ? 0 : Math.round(100.0 * (counts.get(2) + counts.get(3)) / total);
    }
}
