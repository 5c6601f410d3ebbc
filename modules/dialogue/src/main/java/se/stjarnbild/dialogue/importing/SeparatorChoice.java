package se.stjarnbild.dialogue.importing;

/** Which character separates the cells of a CSV file; Swedish Excel saves ';', English Excel ','. */
public enum SeparatorChoice {
    /** Whichever of ';' and ',' the header line uses more. */
    AUTO,
    SEMICOLON,
    COMMA
}
