package se.stjarnbild.webapp.setup;

import java.util.Collection;
import java.util.List;
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

    /**
     * A position as typed: empty is none (keep the place, or last for a new one); anything but a whole
     * number from 1 to 999 is refused.
     */
    static Integer position(String typed) {
        String digits = typed == null ? "" : typed.strip();
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("[0-9]{1,4}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > GeographyAdmin.MAX_ORDER) {
            throw new SetupRefusal("sortOrder", "setup.order.range", GeographyAdmin.MAX_ORDER);
        }
        return Integer.valueOf(digits);
    }

    /** Every problem of a name and a position at once, for a form that has both. */
    static List<ProcessRules.Problem> check(String name, int maxLength, String position) {
        List<ProcessRules.Problem> problems = new java.util.ArrayList<>();
        for (Runnable rule : List.<Runnable>of(() -> clean("name", name, maxLength), () -> position(position))) {
            try {
                rule.run();
            } catch (SetupRefusal refused) {
                problems.add(new ProcessRules.Problem(refused.field(), refused.messageKey(), refused.arguments()));
            }
        }
        return problems;
    }

    /** Refuses a name that another of the same kind already has. */
    static void refuseTaken(String field, String name, Collection<String> otherNames, String messageKey) {
        String wanted = name.toLowerCase(Locale.ROOT);
        otherNames.stream().filter(other -> other.toLowerCase(Locale.ROOT).equals(wanted)).findFirst().ifPresent(existing -> {
            throw new SetupRefusal(field, messageKey, existing); // as it is written in the list, not as typed
        });
    }
}
