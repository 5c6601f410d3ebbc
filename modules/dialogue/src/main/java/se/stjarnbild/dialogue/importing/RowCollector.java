package se.stjarnbild.dialogue.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers rows from either file format the same way: cells trimmed, trailing empty cells dropped,
 * blank rows skipped (people leave gaps), the first non-blank row taken as the header, and the row
 * limit enforced while reading so an oversized file is refused before it fills memory.
 */
final class RowCollector {

    private List<String> header;
    private final List<RawRow> rows = new ArrayList<>();

    void add(int rowNumber, List<String> rawCells) {
        List<String> cells = trimmed(rawCells);
        if (cells.isEmpty()) {
            return;
        }
        if (header == null) {
            header = cells;
            return;
        }
        if (rows.size() >= SpreadsheetReader.MAX_ROWS) {
            throw new ImportFileException("import.file.tooManyRows", SpreadsheetReader.MAX_ROWS);
        }
        rows.add(new RawRow(rowNumber, cells));
    }

    RawSheet finish(String detectedEncoding, Character detectedSeparator) {
        if (header == null) {
            throw new ImportFileException("import.file.empty");
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("import.file.noRows");
        }
        return new RawSheet(header, rows, detectedEncoding, detectedSeparator);
    }

    /** Empty when every cell is blank. */
    private static List<String> trimmed(List<String> rawCells) {
        int last = rawCells.size() - 1;
        while (last >= 0 && isBlank(rawCells.get(last))) {
            last--;
        }
        List<String> cells = new ArrayList<>(last + 1);
        for (int i = 0; i <= last; i++) {
            String cell = rawCells.get(i);
            cells.add(cell == null ? "" : cell.strip());
        }
        return cells;
    }

    private static boolean isBlank(String cell) {
        return cell == null || cell.isBlank();
    }
}
