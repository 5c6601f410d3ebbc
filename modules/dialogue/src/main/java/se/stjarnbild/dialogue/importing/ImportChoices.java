package se.stjarnbild.dialogue.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.RespondentCategory;

/**
 * The words accepted for the choice columns: the Swedish labels the template shows, and the English
 * names used inside the app (so an export can be imported again). Case and '_' versus space do not
 * matter.
 */
final class ImportChoices {

    private static final Map<String, RespondentCategory> CATEGORIES = new HashMap<>();
    private static final Map<String, AttributionLevel> ATTRIBUTIONS = new HashMap<>();
    private static final Map<String, Boolean> CONSENT = new HashMap<>();

    static {
        CATEGORIES.put("besökare", RespondentCategory.VISITOR);
        CATEGORIES.put("boende", RespondentCategory.RESIDENT);
        CATEGORIES.put("företagare", RespondentCategory.BUSINESS_OWNER);
        CATEGORIES.put("fritidsboende", RespondentCategory.SUMMER_RESIDENT);
        CATEGORIES.put("annan", RespondentCategory.OTHER);
        for (RespondentCategory category : RespondentCategory.values()) {
            CATEGORIES.put(normalised(category.name()), category);
        }
        ATTRIBUTIONS.put("anonym", AttributionLevel.ANONYMOUS);
        ATTRIBUTIONS.put("plats", AttributionLevel.PLACE_ONLY);
        ATTRIBUTIONS.put("företag", AttributionLevel.NAMED_BUSINESS);
        for (AttributionLevel level : AttributionLevel.values()) {
            ATTRIBUTIONS.put(normalised(level.name()), level);
        }
        for (String yes : new String[] {"ja", "yes", "x", "1", "true"}) {
            CONSENT.put(yes, Boolean.TRUE);
        }
        for (String no : new String[] {"nej", "no", "0", "false", ""}) {
            CONSENT.put(no, Boolean.FALSE);
        }
    }

    private ImportChoices() {
    }

    /** The category, or null for an unknown word (and for an empty cell, which the rules report). */
    static RespondentCategory category(String text) {
        return CATEGORIES.get(normalised(text));
    }

    /** The attribution; an empty cell means anonymous, the safest choice; null for an unknown word. */
    static AttributionLevel attribution(String text) {
        return text.isBlank() ? AttributionLevel.ANONYMOUS : ATTRIBUTIONS.get(normalised(text));
    }

    /** Whether consent was given; an empty cell means no, because consent must be recorded to count. */
    static Boolean consent(String text) {
        return CONSENT.get(normalised(text));
    }

    private static String normalised(String text) {
        return text.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
