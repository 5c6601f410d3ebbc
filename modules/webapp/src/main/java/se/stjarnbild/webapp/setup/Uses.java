package se.stjarnbild.webapp.setup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.stjarnbild.webapp.i18n.Texts;

/**
 * What refers to a district, a village or a target group, counted per kind ("12 intervjuer,
 * 3 platser och 1 referensgrupp"). Something in use is not deleted: the evidence behind a star
 * must keep its district.
 */
public record Uses(List<Use> uses) implements Serializable {

    /** One kind of record ("interviews", "places", …) and how many of them refer to the thing. */
    public record Use(String kind, long count) implements Serializable {
    }

    public Uses {
        uses = uses.stream().filter(u -> u.count() > 0).toList();
    }

    public static Uses none() {
        return new Uses(List.of());
    }

    public boolean isNone() {
        return uses.isEmpty();
    }

    /** The counts as one phrase in the locale's language, or "" when nothing refers to it. */
    public String describe(Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Use use : uses) {
            parts.add(Texts.get(locale, "setup.uses." + use.kind(), use.count()));
        }
        if (parts.size() < 2) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(", ", parts) + " " + Texts.get(locale, "setup.uses.and") + " " + last;
    }
}
