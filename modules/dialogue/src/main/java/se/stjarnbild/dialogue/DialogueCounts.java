package se.stjarnbild.dialogue;

import java.io.Serializable;

/** Counts of the dialogue's material. */
public record DialogueCounts(long interviews, long quotes, long places, long themes) implements Serializable {
}
