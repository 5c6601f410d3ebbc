package se.stjarnbild.dialogue.internal;

import java.util.Locale;

/** Small pieces the module's queries share. */
final class Jpql {

    private Jpql() {
    }

    /**
     * A LIKE pattern for "contains these words, any case". The person's own % and _ are dropped
     * rather than escaped (JPQL's ESCAPE differs between databases); they are rare in a search.
     */
    static String containing(String words) {
        return "%" + words.trim().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
