package se.stjarnbild.dialogue.importing;

import java.io.Serializable;
import se.stjarnbild.model.dialogue.AttributionLevel;

/** A quote ready to be saved: its row, its words with white space made single, and how it may be attributed. */
public record ImportedQuote(int rowNumber, String text, AttributionLevel attribution) implements Serializable {
}
