package se.stjarnbild.dialogue.search;

/** What a search hit is: the kinds of things people can search for in the dialogue. */
public enum SearchKind {
    QUOTE,
    INTERVIEW,
    PLACE,
    STAR
}
