package se.stjarnbild.dialogue;

import java.io.Serializable;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;

/**
 * The filters of the quote list; null means "any". {@code words} matches part of the text, any
 * case. {@code themeId} matches quotes coded with the theme or one of its sub-themes (as the
 * matrix counts them); {@code category} the respondent category of the interview a quote came
 * from; {@code starId} the quotes that are a star's evidence.
 */
public record QuoteFilter(Long districtId, QuoteSource source, AttributionLevel attribution, String words,
        Long themeId, RespondentCategory category, Long starId) implements Serializable {

    public static QuoteFilter none() {
        return new QuoteFilter(null, null, null, null, null, null, null);
    }

    public static QuoteFilter evidenceOf(long starId) {
        return new QuoteFilter(null, null, null, null, null, null, starId);
    }
}
