package se.stjarnbild.model.campaign;

/** The four phases of a place-brand process, in the order they happen. */
public enum PhaseKind {
    INTERVIEWS,
    REFERENCE_GROUPS,
    OPEN_MEETINGS,
    DECISION
}
