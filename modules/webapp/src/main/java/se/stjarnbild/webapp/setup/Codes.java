package se.stjarnbild.webapp.setup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The stable, URL-safe code of a new district or target group, made from its name: "Föllinge/
 * Laxsjö" becomes "follinge-laxsjo". Codes never change after that (names may), so links and
 * imports that use a code keep working when a name is corrected.
 */
public final class Codes {

    static final int MAX_LENGTH = 60;

    private Codes() {
    }

    /** A code for the name that is not among those taken: "hotagen", else "hotagen-2", "hotagen-3", … */
    public static String unique(String name, String fallback, Set<String> taken) {
        String base = of(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = trimDashes(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Lower-case letters a–z, digits and single dashes; letters with marks lose them (å, ä → a; ö → o). */
    static String of(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .toLowerCase(Locale.ROOT);
        String dashed = trimDashes(plain.replaceAll("[^a-z0-9]+", "-"));
        return trimDashes(dashed.substring(0, Math.min(dashed.length(), MAX_LENGTH)));
    }

    private static String trimDashes(String text) {
        return text.replaceAll("^-+|-+$", "");
    }
}
