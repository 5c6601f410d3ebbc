package se.stjarnbild.dialogue.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.stjarnbild.dialogue.QuoteExportRow;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;

class QuoteSheetWriterTest {

    private static final List<String> HEADER = List.of("Id", "Citat", "Teman", "Plats", "By", "Kommundel", "Källa",
            "Tillskrivning", "Intervjudatum", "Kategori", "Stjärnor");

    private static final SheetLabels LABELS = new SheetLabels() {
        @Override
        public String label(Enum<?> value) {
            return "<" + value.name() + ">";
        }

        @Override
        public String date(LocalDate date) {
            return date.toString();
        }

        @Override
        public String sheetName() {
            return "Citat";
        }
    };

    private static QuoteExportRow row(long id, String text) {
        return new QuoteExportRow(id, text, List.of("Mat och dryck › Ost och mejeri", "Genuinitet"), "Skärvångens bymejeri",
                "Skärvången", "Föllinge/Laxsjö", QuoteSource.INTERVIEW, AttributionLevel.PLACE_ONLY,
                LocalDate.of(2026, 7, 9), RespondentCategory.VISITOR, List.of("Mathantverk i byarna"));
    }

    @Test
    void csvOpensInSwedishExcelAndNeverRunsPeoplesWordsAsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuoteSheetWriter.of("csv").write(HEADER, List.of(
                row(1, "alla som gillar ost känner till Skärvångens bymejeri"),
                row(2, "Han sa \"bäst\"; sen gick vi\nhem"),
                row(3, "=HYPERLINK(\"http://evil\")"),
                row(4, "-2+3"),
                row(5, "@SUM(A1)")).iterator(), LABELS, out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark first, so Excel reads å, ä, ö");
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(";", HEADER), lines[0]);
        assertEquals("1;alla som gillar ost känner till Skärvångens bymejeri;\"Mat och dryck › Ost och mejeri; Genuinitet\";"
                + "Skärvångens bymejeri;Skärvången;Föllinge/Laxsjö;<INTERVIEW>;<PLACE_ONLY>;2026-07-09;<VISITOR>;"
                + "Mathantverk i byarna", lines[1]);
        assertTrue(lines[1].endsWith(";<INTERVIEW>;<PLACE_ONLY>;2026-07-09;<VISITOR>;Mathantverk i byarna"), lines[1]);
        assertTrue(csv.contains("\"Han sa \"\"bäst\"\"; sen gick vi\nhem\""), "quotes doubled, cell with ; and newline quoted");
        assertTrue(csv.contains(";\"'=HYPERLINK(\"\"http://evil\"\")\""), "a formula is written as text");
        assertTrue(csv.contains(";'-2+3;"));
        assertTrue(csv.contains(";'@SUM(A1);"));
    }

    @Test
    void xlsxHoldsEveryRowAsTextUnderABoldHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = 5_000;
        QuoteSheetWriter.of("xlsx").write(HEADER, IntStream.rangeClosed(1, rows)
                .mapToObj(i -> row(i, i == 7 ? "=1+1" : "Fisket i Hotagsströmmen nummer " + i)).iterator(), LABELS, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Citat", sheet.getSheetName());
            assertEquals(rows, sheet.getLastRowNum(), "a header row and one row per quote");
            assertEquals("Stjärnor", sheet.getRow(0).getCell(10).getStringCellValue());
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals("Fisket i Hotagsströmmen nummer 5000", sheet.getRow(rows).getCell(1).getStringCellValue());
            assertEquals("=1+1", sheet.getRow(7).getCell(1).getStringCellValue(), "the words as written");
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, sheet.getRow(7).getCell(1).getCellType(),
                    "a text cell, never a formula");
            assertEquals("Föllinge/Laxsjö", sheet.getRow(1).getCell(5).getStringCellValue());
        }
    }
}
