package se.stjarnbild.model.dialogue;

/** Where a candidate star stands on its way to the board's decision. */
public enum StarStatus {
    PROPOSED,
    SHORTLISTED,
    CHOSEN,
    DROPPED
}
