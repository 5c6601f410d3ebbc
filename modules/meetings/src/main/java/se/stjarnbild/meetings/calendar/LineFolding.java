package se.stjarnbild.meetings.calendar;

/**
 * Folds content lines at 75 octets of UTF-8 (RFC 5545 3.1), counting bytes rather than Java
 * characters so that a line full of å, ä and ö still fits, and never cutting inside a character.
 */
final class LineFolding {

    static final int MAX_OCTETS = 75;
    private static final String FOLD = "\r\n ";

    private LineFolding() {
    }

    /** The line with a CRLF and a space inserted wherever the next character would not fit. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octetsOnLine = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int octets = utf8Length(codePoint);
            if (octetsOnLine + octets > MAX_OCTETS) {
                folded.append(FOLD);
                // The leading space of a continuation line counts towards its 75 octets.
                octetsOnLine = 1;
            }
            folded.appendCodePoint(codePoint);
            octetsOnLine += octets;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        // A lone surrogate is encoded as one replacement byte; counting 3 merely folds early.
        return codePoint < 0x10000 ? 3 : 4;
    }
}
