package se.stjarnbild.webapp.setup;

import java.util.Collection;
import java.util.Locale;
import se.stjarnbild.model.Markup;

/**
 * The rules every name on the set-up pages follows (a process, a district, a village, a target
 * group): required, at most so many characters, plain text, and not the name of another of its
 * kind (case does not make a new name: "Hotagen" and "hotagen" are one district).
 */
final class Names {

    private Names() {
    }

    /** The name trimmed and with runs of spaces made one, or a refusal that names the field. */
    static String clean(String field, String name, int maxLength) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new SetupRefusal(field, "setup.name.required");
        }
        if (trimmed.length() > maxLength) {
            throw new SetupRefusal(field, "setup.name.tooLong", maxLength, trimmed.length());
        }
        if (Markup.looksLikeMarkup(trimmed)) {
            throw new SetupRefusal(field, "setup.name.markup");
        }
        return trimmed;
    }

    /** Refuses a name that another of the same kind already has. */
    static void refuseTaken(String field, String name, Collection<String> otherNames, String messageKey) {
        String wanted = name.toLowerCase(Locale.ROOT);
        otherNames.stream().filter(other -> other.toLowerCase(Locale.ROOT).equals(wanted)).findFirst().ifPresent(existing -> {
            throw new SetupRefusal(field, messageKey, existing); // as it is written in the list, not as typed
        });
    }
}
