package se.stjarnbild.reporting.document;

import se.stjarnbild.model.dialogue.AttributionLevel;

/**
 * How much of a quote's origin the document may show, by its attribution level: an anonymous
 * quote shows its district at most, a place-only quote its place or village, a named business
 * its name. A person is never named.
 */
public final class Origins {

    private Origins() {
    }

    public static String of(AttributionLevel level, String place, String village, String district) {
        String shown = switch (level == null ? AttributionLevel.ANONYMOUS : level) {
            case ANONYMOUS -> district;
            case PLACE_ONLY -> first(place, village, district);
            case NAMED_BUSINESS -> first(place, village, district);
        };
        return shown == null || shown.isBlank() ? Words.get("origin.anonymous") : shown;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
