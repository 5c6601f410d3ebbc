package se.stjarnbild.dialogue.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each known column stands in this file, found from the header. Unknown and repeated headers
 * are reported rather than ignored: a typo such as "citatt" would otherwise drop a column unnoticed.
 */
final class ColumnLayout {

    private final List<String> header;
    private final int[] indexByColumn = new int[ImportColumn.values().length];
    private final List<ImportColumn> missing = new ArrayList<>();

    private ColumnLayout(List<String> header) {
        this.header = header;
        Arrays.fill(indexByColumn, -1);
    }

    static ColumnLayout read(List<String> header, ProblemList problems) {
        ColumnLayout layout = new ColumnLayout(header);
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i).strip();
            if (written.isEmpty()) {
                continue;
            }
            ImportColumn column = ImportColumn.forHeader(written);
            if (column == null) {
                problems.add(0, i, written, "import.column.unknown", written);
            } else if (layout.indexByColumn[column.ordinal()] >= 0) {
                problems.add(0, i, written, "import.column.duplicate", written);
            } else {
                layout.indexByColumn[column.ordinal()] = i;
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && layout.index(column) < 0) {
                layout.missing.add(column);
            }
        }
        if (!layout.missing.isEmpty()) {
            problems.add(0, -1, null, "import.columns.missing",
                    String.join(", ", layout.missing.stream().map(ImportColumn::header).toList()));
        }
        return layout;
    }

    boolean hasRequiredColumns() {
        return missing.isEmpty();
    }

    /** The column's place in the file, or -1 when the file lacks it. */
    int index(ImportColumn column) {
        return indexByColumn[column.ordinal()];
    }

    /** The header as the file writes it, or null when the file lacks the column. */
    String header(ImportColumn column) {
        int index = index(column);
        return index < 0 ? null : header.get(index).strip();
    }

    /** The cell's trimmed text; "" for a column the file lacks or a short row. */
    String cell(RawRow row, ImportColumn column) {
        int index = index(column);
        if (index < 0 || index >= row.cells().size()) {
            return "";
        }
        String cell = row.cells().get(index);
        return cell == null ? "" : cell.strip();
    }

    /** True when a cell of this column has no header above it, so nobody can tell what it means. */
    boolean isUnheaded(int cellIndex) {
        return cellIndex >= header.size() || header.get(cellIndex).isBlank();
    }

    /** Excel's name for a column: 0 is A, 26 is AA. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
