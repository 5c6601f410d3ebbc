package se.stjarnbild.meetings.calendar;

/** Collects content lines, folded and ended with CRLF as RFC 5545 requires. */
final class ContentLines {

    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder(4096);

    ContentLines begin(String component) {
        return value("BEGIN", component);
    }

    ContentLines end(String component) {
        return value("END", component);
    }

    /**
     * A property whose value is already in iCalendar syntax (dates, numbers, URIs, keywords).
     *
     * @param nameAndParameters e.g. "DTSTART;TZID=Europe/Stockholm"
     */
    ContentLines value(String nameAndParameters, String value) {
        text.append(LineFolding.fold(nameAndParameters + ":" + value)).append(CRLF);
        return this;
    }

    /** A TEXT property, escaped; skipped when the text is null so optional fields stay out. */
    ContentLines text(String name, String value) {
        return value == null ? this : value(name, IcsText.escape(value));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
