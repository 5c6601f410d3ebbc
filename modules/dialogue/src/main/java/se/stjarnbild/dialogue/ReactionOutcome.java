package se.stjarnbild.dialogue;

/** What became of a phone's reaction; only {@link #COUNTED} stored anything. */
public enum ReactionOutcome {
    COUNTED,
    ALREADY_ANSWERED,
    NOT_ON_SCREEN,
    CLOSED,
    UNKNOWN_SESSION,
    BAD_DEVICE,
    BAD_SCORE,
    SENTENCE_TOO_LONG
}
