package se.stjarnbild.reporting.export;

import java.sql.Timestamp;
import java.time.ZoneId;

/** A database value as export text: timestamps in Stockholm time (ISO 8601), dates as ISO dates, nothing for null. */
final class Cells {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atZone(ZONE).toOffsetDateTime().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(ZONE).toOffsetDateTime().toString();
        }
        return value.toString();
    }

    /** CSV and spreadsheet cells that start like a formula get an apostrophe, so Excel never runs them. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
