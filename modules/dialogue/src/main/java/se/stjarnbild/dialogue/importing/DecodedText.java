package se.stjarnbild.dialogue.importing;

/**
 * A CSV file's text and the encoding it was read with. When the person insisted on UTF-8 but the
 * bytes are not UTF-8, the text holds replacement characters and {@code invalid} is set, so the reader
 * can name the first row they fall in.
 */
record DecodedText(String text, String encodingName, boolean invalid) {
}
