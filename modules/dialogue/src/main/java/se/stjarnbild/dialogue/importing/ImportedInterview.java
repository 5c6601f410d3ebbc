package se.stjarnbild.dialogue.importing;

import java.io.Serializable;
import java.util.List;
import se.stjarnbild.dialogue.InterviewInput;

/**
 * One interview from the file: its key as written in its first row (null when the row had none and
 * so stands alone), that row's number, the interview as the form would submit it, and its quotes.
 */
public record ImportedInterview(String key, int firstRow, InterviewInput input, List<ImportedQuote> quotes)
        implements Serializable {

    public ImportedInterview {
        quotes = List.copyOf(quotes);
    }
}
