package se.stjarnbild.dialogue.search;

import java.io.Serializable;

/** The index's size against the database's, and whether it is being rebuilt. */
public record SearchStatus(long indexed, long inDatabase, boolean rebuilding) implements Serializable {
}
