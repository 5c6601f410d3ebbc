package se.stjarnbild.dialogue.importing;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Receives a sheet's cells as the XML is streamed and hands whole rows to the collector. Empty cells
 * are absent from the XML, so each cell's place comes from its reference (C7 is the third column).
 */
final class SheetRowsHandler implements SheetContentsHandler {

    private final RowCollector rows;
    private List<String> cells = new ArrayList<>();
    private int nextColumn;

    SheetRowsHandler(RowCollector rows) {
        this.rows = rows;
    }

    @Override
    public void startRow(int zeroBasedRow) {
        cells = new ArrayList<>();
        nextColumn = 0;
    }

    @Override
    public void endRow(int zeroBasedRow) {
        rows.add(zeroBasedRow + 1, cells);
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? nextColumn : columnIndex(cellReference);
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(formattedValue == null ? "" : formattedValue);
        nextColumn = column + 1;
    }

    /** "A1" is 0, "Z9" is 25, "AA3" is 26: the letters are a base-26 number without a zero digit. */
    static int columnIndex(String cellReference) {
        int column = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = cellReference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }
}
