package se.stjarnbild.dialogue.export;

import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.dialogue.QuoteExportRow;

/** One quote as the cells of an export row, in the header's order. */
final class QuoteCells {

    static final List<String> HEADER_KEYS = List.of("export.id", "export.text", "export.themes", "export.place",
            "export.village", "export.district", "export.source", "export.attribution", "export.interviewDate",
            "export.category", "export.stars");

    private QuoteCells() {
    }

    static List<String> of(QuoteExportRow row, SheetLabels labels) {
        List<String> cells = new ArrayList<>(HEADER_KEYS.size());
        cells.add(String.valueOf(row.id()));
        cells.add(row.text());
        cells.add(String.join("; ", row.themes()));
        cells.add(nullToEmpty(row.place()));
        cells.add(nullToEmpty(row.village()));
        cells.add(nullToEmpty(row.district()));
        cells.add(row.source() == null ? "" : labels.label(row.source()));
        cells.add(row.attribution() == null ? "" : labels.label(row.attribution()));
        cells.add(row.interviewDate() == null ? "" : labels.date(row.interviewDate()));
        cells.add(row.category() == null ? "" : labels.label(row.category()));
        cells.add(String.join("; ", row.stars()));
        return cells;
    }

    /**
     * A cell a spreadsheet will not run as a formula: people's words that start with = + - @ (or a
     * tab or carriage return) get a leading apostrophe, as OWASP advises against CSV injection.
     */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
