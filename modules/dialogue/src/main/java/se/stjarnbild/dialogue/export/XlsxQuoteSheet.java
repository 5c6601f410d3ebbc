package se.stjarnbild.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.stjarnbild.dialogue.QuoteExportRow;

/**
 * XLSX written as a stream (only a window of rows in memory), so 100,000 quotes export in the
 * same memory as 100. Cells are text, so people's words are never taken for formulas.
 */
final class XlsxQuoteSheet implements QuoteSheetWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int[] COLUMN_WIDTHS = {10, 80, 30, 28, 18, 22, 14, 22, 16, 16, 30};

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public void write(List<String> header, Iterator<QuoteExportRow> rows, SheetLabels labels, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(labels.sheetName());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
                top.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 256 * COLUMN_WIDTHS[Math.min(c, COLUMN_WIDTHS.length - 1)]);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            while (rows.hasNext()) {
                Row row = sheet.createRow(r++);
                List<String> cells = QuoteCells.of(rows.next(), labels);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
                row.getCell(1).setCellStyle(wrap);
            }
            workbook.write(out);
        }
    }
}
