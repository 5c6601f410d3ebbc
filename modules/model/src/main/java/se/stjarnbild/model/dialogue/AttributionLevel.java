package se.stjarnbild.model.dialogue;

/** How much of a quote's origin may be shown beside it. */
public enum AttributionLevel {
    /** No origin beyond the district. */
    ANONYMOUS,
    /** The place or village may be named, never the person. */
    PLACE_ONLY,
    /** The business may be named (the business owner agreed). */
    NAMED_BUSINESS
}
