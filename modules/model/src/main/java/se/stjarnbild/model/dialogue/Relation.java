package se.stjarnbild.model.dialogue;

/** How a contributor relates to the place, if they say. */
public enum Relation {
    LIVES_HERE,
    MOVED_HERE,
    VISITING
}
