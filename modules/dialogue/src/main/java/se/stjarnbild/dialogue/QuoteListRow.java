package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;

/**
 * One line of the quote list: the words, where they are about, the interview they came from (if
 * any) and the themes they are coded with ("Natur › Fiske" for a sub-theme).
 */
public record QuoteListRow(long id, String text, String district, String village, String place, QuoteSource source,
        AttributionLevel attribution, Long interviewId, LocalDate interviewDate, List<String> themes)
        implements Serializable {

    /** The themes as one line for a table cell. */
    public String themesText() {
        return String.join(", ", themes);
    }
}
