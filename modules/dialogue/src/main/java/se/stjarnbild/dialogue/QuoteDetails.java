package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** One quote as its page shows it, with where it was said and the interview it came from (if any). */
public record QuoteDetails(long id, long version, String text, AttributionLevel attribution, QuoteSource source,
        String district, String village, String place, Long interviewId, LocalDate interviewDate,
        RespondentCategory category) implements Serializable {
}
