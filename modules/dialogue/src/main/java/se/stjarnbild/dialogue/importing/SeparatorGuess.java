package se.stjarnbild.dialogue.importing;

/**
 * Guesses the separator from the header line: the header names never contain ';' or ',' themselves,
 * so whichever appears more there (outside quotes) is the separator. Ties and header lines with
 * neither go to ';', what Swedish Excel writes. A tab-separated line with neither is taken as tabs.
 */
final class SeparatorGuess {

    private SeparatorGuess() {
    }

    static char of(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean inQuotes = false;
        int i = skipBlankLines(text);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (commas > semicolons) {
            return ',';
        }
        if (semicolons == 0 && tabs > 0) {
            return '\t';
        }
        return ';';
    }

    private static int skipBlankLines(String text) {
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = i + 1;
            } else if (c != ' ' && c != '\t') {
                return lineStart;
            }
        }
        return lineStart;
    }
}
