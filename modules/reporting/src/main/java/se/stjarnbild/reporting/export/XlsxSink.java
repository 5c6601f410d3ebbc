package se.stjarnbild.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** One sheet per table, streamed (a window of rows in memory), numbers as numbers and the rest as text. */
public final class XlsxSink implements TableSink {

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private Sheet sheet;
    private int next;

    public XlsxSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void startTable(ExportTable table) {
        sheet = workbook.createSheet(table.name());
        next = 0;
        Row header = sheet.createRow(next++);
        for (int i = 0; i < table.columns().size(); i++) {
            header.createCell(i).setCellValue(table.columns().get(i));
        }
    }

    @Override
    public void row(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (value != null) {
                String text = Cells.text(value);
                row.createCell(i).setCellValue(Cells.safe(text.length() > 32_767 ? text.substring(0, 32_767) : text));
            }
        }
    }

    @Override
    public void endTable() {
        // nothing to close per sheet
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        workbook.close();
    }
}
