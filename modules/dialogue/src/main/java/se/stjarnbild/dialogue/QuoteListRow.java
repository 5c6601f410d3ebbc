package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;

/** One line of the quote list: the words, where they are about, and the interview they came from (if any). */
public record QuoteListRow(long id, String text, String district, String village, String place, QuoteSource source,
        AttributionLevel attribution, Long interviewId, LocalDate interviewDate) implements Serializable {
}
