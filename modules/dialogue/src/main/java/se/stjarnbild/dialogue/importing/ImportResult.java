package se.stjarnbild.dialogue.importing;

import java.io.Serializable;

/** What an import saved. */
public record ImportResult(int interviews, int quotes) implements Serializable {
}
