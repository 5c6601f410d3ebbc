package se.stjarnbild.model;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Alphabetical order as a Swedish reader expects it: å, ä, ö after z, capitals and small letters
 * together. Code-point order (String.compareTo, a database without a collation) puts ä before å.
 */
public final class SwedishOrder {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private SwedishOrder() {
    }

    /** A fresh comparator: a Collator is not promised to be safe to share between threads. */
    public static Comparator<String> texts() {
        Collator collator = Collator.getInstance(SWEDISH);
        collator.setStrength(Collator.SECONDARY);
        // names equal to the collator ("Ungdomar", "ungdomar") still differ: a map keyed by name keeps both
        Comparator<String> swedish = collator::compare;
        return Comparator.nullsLast(swedish.thenComparing(Comparator.naturalOrder()));
    }

    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, texts());
    }
}
