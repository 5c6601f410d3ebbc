package se.stjarnbild.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** One CSV per table in a ZIP: UTF-8 with BOM and semicolons, as Swedish Excel opens it. */
public final class CsvZipSink implements TableSink {

    private final ZipOutputStream zip;

    public CsvZipSink(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    @Override
    public void startTable(ExportTable table) throws IOException {
        zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
        zip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        line(List.copyOf(table.columns()));
    }

    @Override
    public void row(List<Object> values) throws IOException {
        line(values);
    }

    private void line(List<?> values) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            String text = Cells.safe(Cells.text(values.get(i)));
            if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        zip.write(out.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void endTable() throws IOException {
        zip.closeEntry();
    }

    @Override
    public void finish() throws IOException {
        zip.finish();
    }
}
