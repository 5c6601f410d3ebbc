package se.stjarnbild.meetings.calendar;

/** Turns free text into RFC 5545 TEXT values and parameter values. */
final class IcsText {

    private IcsText() {
    }

    /**
     * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, any
     * line break becomes the two characters \n. Other control characters are dropped because
     * TEXT does not allow them and a stray CR would otherwise end the content line.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    // CRLF is one line break, not two.
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (!isForbiddenControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /**
     * Quotes a parameter value such as a display name. Quoting lets it contain ",", ";" and ":";
     * a double quote cannot be escaped inside it (RFC 6868 is not widely read), so it becomes an
     * apostrophe.
     */
    static String quotedParameter(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        value.chars()
                .filter(c -> !isForbiddenControl((char) c) && c != '\t')
                .map(c -> c == '"' ? '\'' : c)
                .forEach(c -> quoted.append((char) c));
        return quoted.append('"').toString();
    }

    private static boolean isForbiddenControl(char c) {
        return (c < ' ' && c != '\t') || c == 0x7F;
    }
}
