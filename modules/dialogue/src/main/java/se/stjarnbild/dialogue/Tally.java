package se.stjarnbild.dialogue;

import java.io.Serializable;

/** A count under a key: a district's name, or the name of a category or source (pages translate those). */
public record Tally(String key, long count) implements Serializable {
}
