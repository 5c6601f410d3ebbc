package se.stjarnbild.dialogue.importing;

import se.stjarnbild.dialogue.internal.QuoteText;

/**
 * Decides whether a cell holds markup. The form cleans markup away silently, but an import is many
 * people's words at once, so markup is refused and the row named: staff fix the file rather than have
 * words changed without their knowing. Cheap for ordinary text: without '<' or a character reference
 * ("&amp;", "&#60;") there can be no markup and jsoup is not called.
 */
final class PlainText {

    private PlainText() {
    }

    static boolean hasMarkup(String text) {
        if (text.indexOf('<') < 0 && !mayHoldCharacterReference(text)) {
            return false;
        }
        if (se.stjarnbild.model.Markup.looksLikeMarkup(text)) {
            return true; // a tag, a comment: "<info@krokom.se>" or "<15 min>" are words, not markup
        }
        return !QuoteText.clean(text).equals(withSingleSpaces(text));
    }

    /** "&" before a letter or '#' may start a character reference; "fisk & potatis" cannot. */
    private static boolean mayHoldCharacterReference(String text) {
        for (int i = text.indexOf('&'); i >= 0 && i < text.length() - 1; i = text.indexOf('&', i + 1)) {
            char next = text.charAt(i + 1);
            if (Character.isLetter(next) || next == '#') {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs of white space as one space, trimmed: exactly what {@link QuoteText#clean} does to text
     * without markup, done without a regular expression because it runs for every row.
     */
    static String withSingleSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0';
            if (space) {
                if (!inSpace) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            inSpace = space;
        }
        return out.toString().trim();
    }
}
