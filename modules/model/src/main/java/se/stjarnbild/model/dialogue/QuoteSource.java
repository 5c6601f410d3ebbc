package se.stjarnbild.model.dialogue;

/** Where a quote's words were taken from. */
public enum QuoteSource {
    INTERVIEW,
    MEETING,
    CONTRIBUTION,
    REFERENCE_GROUP
}
