package se.stjarnbild.model.campaign;

/** Where a phase stands relative to a given day. */
public enum PhaseStatus {
    DONE,
    CURRENT,
    UPCOMING
}
