package se.stjarnbild.dialogue;

import java.io.Serializable;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;

/** The filters above the quote list; null means "any". {@code words} matches part of the text, any case. */
public record QuoteFilter(Long districtId, QuoteSource source, AttributionLevel attribution, String words)
        implements Serializable {

    public static QuoteFilter none() {
        return new QuoteFilter(null, null, null, null);
    }
}
