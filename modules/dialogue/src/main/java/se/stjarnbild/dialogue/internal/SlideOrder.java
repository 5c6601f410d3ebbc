package se.stjarnbild.dialogue.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.stjarnbild.model.dialogue.StarStatus;

/**
 * The order stars take in the presentation: chosen first, then shortlisted, then proposed (dropped
 * stars are not shown), each group by title in Swedish alphabetical order.
 */
final class SlideOrder {

    /** The fields the order needs, read without loading the stars. */
    record Entry(long id, StarStatus status, String title) {
    }

    private SlideOrder() {
    }

    static List<Entry> sort(List<Entry> stars) {
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        return stars.stream().filter(s -> s.status() != StarStatus.DROPPED)
                .sorted(Comparator.comparingInt((Entry s) -> rank(s.status())).thenComparing(Entry::title, swedish))
                .toList();
    }

    /** Position (0-based) of {@code starId} in {@code order}, or -1. */
    static int indexOf(List<Entry> order, Long starId) {
        for (int i = 0; starId != null && i < order.size(); i++) {
            if (order.get(i).id() == starId) {
                return i;
            }
        }
        return -1;
    }

    private static int rank(StarStatus status) {
        return switch (status) {
            case CHOSEN -> 0;
            case SHORTLISTED -> 1;
            default -> 2;
        };
    }
}
