package se.stjarnbild.dialogue;

import java.io.Serializable;
import se.stjarnbild.model.dialogue.AttributionLevel;

/** A quote as plain text (already cleaned; show it escaped) with how much of its origin may be shown. */
public record QuoteRow(long id, String text, AttributionLevel attribution) implements Serializable {
}
