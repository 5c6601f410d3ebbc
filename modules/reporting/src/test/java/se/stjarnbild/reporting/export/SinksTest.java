package se.stjarnbild.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The three export formats written from the same rows and read back. */
class SinksTest {

    private static final ExportTable QUOTES = new ExportTable("quotes", List.of("id", "text", "created_at"), "unused");
    private static final List<Object> ROW = Arrays.asList(7L, "=HYPERLINK(\"x\"); \"osten\"\nny rad", Timestamp.from(Instant.parse("2026-07-14T10:00:00Z")));
    private static final List<Object> EMPTY = Arrays.asList(8L, null, null);

    private static void write(TableSink sink) throws Exception {
        sink.startTable(QUOTES);
        sink.row(ROW);
        sink.row(EMPTY);
        sink.endTable();
        sink.finish();
    }

    @Test
    void csvIsOneFilePerTableWithBomSemicolonsAndNoFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(new CsvZipSink(out));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            assertEquals("quotes.csv", zip.getNextEntry().getName());
            String csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("\uFEFFid;text;created_at\r\n7;\"'=HYPERLINK(\"\"x\"\"); \"\"osten\"\"\nny rad\";2026-07-14T12:00+02:00\r\n8;;\r\n", csv);
        }
    }

    @Test
    void xlsxHasASheetPerTableWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(new XlsxSink(out));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheet("quotes");
            assertEquals("text", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(7.0, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertTrue(sheet.getRow(1).getCell(1).getStringCellValue().startsWith("'=HYPERLINK"));
            assertEquals(null, sheet.getRow(2).getCell(1));
        }
    }

    @Test
    void jsonIsOneEscapedDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(new JsonSink(out, "Krokom \"2026\"", "2026-11-26T18:00+01:00"));
        assertEquals("{\"campaign\":\"Krokom \\\"2026\\\"\",\"exportedAt\":\"2026-11-26T18:00+01:00\",\"tables\":{\"quotes\":["
                + "{\"id\":7,\"text\":\"=HYPERLINK(\\\"x\\\"); \\\"osten\\\"\\nny rad\",\"created_at\":\"2026-07-14T12:00+02:00\"},"
                + "{\"id\":8,\"text\":null,\"created_at\":null}]}}", out.toString(StandardCharsets.UTF_8));
    }
}
