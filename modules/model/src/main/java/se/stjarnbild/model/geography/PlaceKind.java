package se.stjarnbild.model.geography;

/** What sort of place a named place is. */
public enum PlaceKind {
    BUSINESS,
    NATURE_SITE,
    CULTURAL_SITE,
    ATTRACTION,
    OTHER
}
