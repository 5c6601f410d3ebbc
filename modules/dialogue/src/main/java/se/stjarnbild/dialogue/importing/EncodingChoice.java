package se.stjarnbild.dialogue.importing;

/** How the bytes of a CSV file are turned into text; AUTO is right for almost everyone. */
public enum EncodingChoice {
    /** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (what older Swedish Excel saves). */
    AUTO,
    UTF_8,
    WINDOWS_1252
}
