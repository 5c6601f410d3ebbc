package se.stjarnbild.dialogue.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

    private static final ReadOptions AUTO = ReadOptions.automatic();
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static RawSheet read(byte[] content) {
        return SpreadsheetReader.read(content, "intervjuer.csv", AUTO);
    }

    private static ImportFileException refused(byte[] content, String fileName, ReadOptions options) {
        return assertThrows(ImportFileException.class, () -> SpreadsheetReader.read(content, fileName, options));
    }

    private static void assertRefused(String key, List<Object> args, ImportFileException e) {
        assertEquals(key, e.messageKey());
        assertEquals(args, e.args());
    }

    // --- CSV: encodings ---

    @Test
    void utf8WithoutMarkIsReadAsUtf8() {
        RawSheet sheet = read(lines("kommundel;citat", "Föllinge/Laxsjö;Ost från Skärvången är bäst").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("kommundel", "citat"), sheet.header());
        assertEquals(List.of(new RawRow(2, List.of("Föllinge/Laxsjö", "Ost från Skärvången är bäst"))), sheet.rows());
        assertEquals("UTF-8", sheet.detectedEncoding());
        assertEquals(';', sheet.detectedSeparator());
    }

    @Test
    void theByteOrderMarkIsRemovedAndReported() {
        byte[] text = lines("kommundel;citat", "Hotagen;Älven är fin").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        RawSheet sheet = read(withMark);
        assertEquals("kommundel", sheet.header().get(0), "the mark must not stick to the first header");
        assertEquals("UTF-8 BOM", sheet.detectedEncoding());
        assertEquals("Älven är fin", sheet.rows().get(0).cells().get(1));
    }

    @Test
    void windows1252FromOlderExcelIsRecognisedAutomatically() {
        byte[] content = lines("kommundel;citat", "Ås/Krokom/Näskott;Gamla lanthandeln är så genuin, säger hon").getBytes(CP1252);
        RawSheet sheet = read(content);
        assertEquals("windows-1252", sheet.detectedEncoding());
        assertEquals(List.of("Ås/Krokom/Näskott", "Gamla lanthandeln är så genuin, säger hon"), sheet.rows().get(0).cells());
    }

    @Test
    void aChosenEncodingIsUsed() {
        byte[] content = lines("kommundel;citat", "Föllinge/Laxsjö;Öl").getBytes(CP1252);
        RawSheet sheet = SpreadsheetReader.read(content, "x.csv", new ReadOptions(EncodingChoice.WINDOWS_1252, SeparatorChoice.AUTO));
        assertEquals("windows-1252", sheet.detectedEncoding());
        assertEquals(List.of("Föllinge/Laxsjö", "Öl"), sheet.rows().get(0).cells());
    }

    @Test
    void insistingOnUtf8ForWindows1252BytesNamesTheFirstBadRow() {
        byte[] content = lines("kommundel;citat", "Hotagen;fint", "Hotagen;Älven", "Hotagen;ö").getBytes(CP1252);
        ImportFileException e = refused(content, "x.csv", new ReadOptions(EncodingChoice.UTF_8, SeparatorChoice.AUTO));
        assertRefused("import.file.invalidUtf8", List.of(3), e);
    }

    @Test
    void utf16IsRefusedWithOrWithoutItsMark() {
        byte[] withMark = lines("kommundel;citat", "Hotagen;fint").getBytes(StandardCharsets.UTF_16LE);
        byte[] marked = new byte[withMark.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(withMark, 0, marked, 2, withMark.length);
        assertRefused("import.file.utf16", List.of(), refused(marked, "x.csv", AUTO));
        assertRefused("import.file.utf16", List.of(), refused(lines("kommundel;citat", "Hotagen;fint")
                .getBytes(StandardCharsets.UTF_16BE), "x.txt", AUTO));
        assertRefused("import.file.utf16", List.of(), refused(lines("kommundel;citat")
                .getBytes(StandardCharsets.UTF_16), "x.csv", AUTO));
    }

    // --- CSV: separators, quotes, blank rows ---

    @Test
    void commasAreRecognisedAndCanBeChosen() {
        byte[] content = lines("kommundel,citat", "Hotagen,\"fiske; och mer\"").getBytes(StandardCharsets.UTF_8);
        RawSheet sheet = read(content);
        assertEquals(',', sheet.detectedSeparator());
        assertEquals(List.of("Hotagen", "fiske; och mer"), sheet.rows().get(0).cells());
        RawSheet chosen = SpreadsheetReader.read(content, "x.csv", new ReadOptions(EncodingChoice.AUTO, SeparatorChoice.SEMICOLON));
        assertEquals(';', chosen.detectedSeparator());
        assertEquals(List.of("kommundel,citat"), chosen.header(), "the person's choice wins over the guess");
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaksAndRowsAreNumberedAsExcelShowsThem() {
        String text = lines(
                "kommundel;citat;anteckningar",
                "Hotagen;\"Hon sa: \"\"fisket; det är allt\"\"\noch log\";  mer  ",
                "",
                "  ;  ;  ",
                "Hotagen;sist;");
        RawSheet sheet = read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                new RawRow(2, List.of("Hotagen", "Hon sa: \"fisket; det är allt\"\noch log", "mer")),
                new RawRow(5, List.of("Hotagen", "sist"))), sheet.rows(),
                "blank rows are skipped but counted; a line break inside a cell does not start a row");
    }

    @Test
    void excelsSeparatorLineIsHonouredAndIsNotARow() {
        RawSheet sheet = read(lines("sep=,", "kommundel,citat", "Hotagen,fint").getBytes(StandardCharsets.UTF_8));
        assertEquals(',', sheet.detectedSeparator());
        assertEquals(List.of("kommundel", "citat"), sheet.header());
        assertEquals(2, sheet.rows().get(0).rowNumber());
    }

    @Test
    void aQuoteThatIsNeverClosedNamesItsRow() {
        byte[] content = lines("kommundel;citat", "Hotagen;fint", "Hotagen;\"aldrig stängt", "Hotagen;mer").getBytes(StandardCharsets.UTF_8);
        assertRefused("import.file.csvBroken", List.of(3), refused(content, "x.csv", AUTO));
    }

    // --- empty, too large, too many rows ---

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertRefused("import.file.empty", List.of(), refused(new byte[0], "x.csv", AUTO));
        assertRefused("import.file.empty", List.of(), refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'}, "x.csv", AUTO));
        assertRefused("import.file.empty", List.of(), refused(lines(";;", " ; ").getBytes(StandardCharsets.UTF_8), "x.csv", AUTO));
        assertRefused("import.file.noRows", List.of(), refused(lines("kommundel;citat", ";").getBytes(StandardCharsets.UTF_8), "x.csv", AUTO));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheLimit() {
        byte[] content = new byte[SpreadsheetReader.MAX_BYTES + 1];
        java.util.Arrays.fill(content, (byte) 'a');
        assertRefused("import.file.tooLarge", List.of(45), refused(content, "x.csv", AUTO));
    }

    @Test
    void tooManyRowsAreRefused() {
        StringBuilder text = new StringBuilder("kommundel;citat\n");
        for (int i = 0; i <= SpreadsheetReader.MAX_ROWS; i++) {
            text.append("Hotagen;").append(i).append('\n');
        }
        assertRefused("import.file.tooManyRows", List.of(SpreadsheetReader.MAX_ROWS),
                refused(text.toString().getBytes(StandardCharsets.UTF_8), "x.csv", AUTO));
    }

    // --- not spreadsheets ---

    @Test
    void imagesAndPdfsRenamedToCsvAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused("import.file.notSpreadsheet", List.of(), refused(png, "intervjuer.csv", AUTO));
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        assertRefused("import.file.notSpreadsheet", List.of(), refused(pdf, "intervjuer.csv", AUTO));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("intervjuer.csv"));
            zip.write("kommundel;citat\nHotagen;fint\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused("import.file.notSpreadsheet", List.of(), refused(bytes.toByteArray(), "intervjuer.xlsx", AUTO));
    }

    @Test
    void oldExcelFilesAreRefusedWithAdviceToSaveAsXlsxOrCsv() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Intervjuer").createRow(0).createCell(0).setCellValue("kommundel");
            workbook.write(bytes);
        }
        assertRefused("import.file.oldExcel", List.of(), refused(bytes.toByteArray(), "intervjuer.xls", AUTO));
        assertRefused("import.file.oldExcel", List.of(), refused(bytes.toByteArray(), "renamed.csv", AUTO));
    }

    @Test
    void passwordProtectedWorkbooksAreRefusedWithAdviceToRemoveThePassword() throws IOException {
        // Excel wraps an encrypted XLSX in an OLE2 container with these two streams.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(bytes);
        }
        assertRefused("import.file.encrypted", List.of(), refused(bytes.toByteArray(), "intervjuer.xlsx", AUTO));
    }

    // --- XLSX ---

    private static byte[] workbookWithDatesAndNumbers() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Intervjuer");
            workbook.createSheet("Annat").createRow(0).createCell(0).setCellValue("ska inte läsas");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            CellStyle decimals = workbook.createCellStyle();
            decimals.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            String[] names = {"intervju", "datum", "kommundel", "citat", "samtycke"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(12.0);
            first.getCell(0).setCellStyle(decimals);
            first.createCell(1).setCellValue(LocalDate.of(2026, 7, 15));
            first.getCell(1).setCellStyle(dateStyle);
            first.createCell(2).setCellValue("  Föllinge/Laxsjö ");
            // column D (the quote) left out: a gap the reader must keep in place
            first.createCell(4).setCellValue(true);
            sheet.createRow(2); // an empty row, kept as a gap
            Row third = sheet.createRow(3);
            third.createCell(0).setCellValue(0.5);
            third.createCell(3).setCellValue("alla som gillar ost känner till Skärvångens bymejeri");
            sheet.createRow(7).createCell(2).setCellStyle(dateStyle); // formatted but empty: not a row
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void theFirstSheetOfAnXlsxIsReadWithIsoDatesAndPlainNumbers() throws IOException {
        RawSheet sheet = SpreadsheetReader.read(workbookWithDatesAndNumbers(), "intervjuer.xlsx", AUTO);
        assertEquals(List.of("intervju", "datum", "kommundel", "citat", "samtycke"), sheet.header());
        assertEquals(List.of(
                new RawRow(2, List.of("12", "2026-07-15", "Föllinge/Laxsjö", "", "TRUE")),
                new RawRow(4, List.of("0.5", "", "", "alla som gillar ost känner till Skärvångens bymejeri"))),
                sheet.rows());
        assertNull(sheet.detectedEncoding());
        assertNull(sheet.detectedSeparator());
    }

    @Test
    void cellReferencesBeyondColumnZKeepTheirPlace() {
        assertEquals(0, SheetRowsHandler.columnIndex("A1"));
        assertEquals(25, SheetRowsHandler.columnIndex("Z10"));
        assertEquals(26, SheetRowsHandler.columnIndex("AA3"));
        assertEquals(27, SheetRowsHandler.columnIndex("$AB$7"));
        assertEquals("AA", ColumnLayout.letter(26));
        assertEquals("M", ColumnLayout.letter(12));
    }

    @Test
    void anXlsxIsRecognisedByItsContentWhateverItsName() throws IOException {
        assertEquals(2, SpreadsheetReader.read(workbookWithDatesAndNumbers(), "intervjuer.csv", AUTO).rows().size());
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] workbook = workbookWithDatesAndNumbers();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // 10 MB of white space packs into a few kilobytes: far beyond any real sheet's ratio.
                    String xml = new String(data, StandardCharsets.UTF_8);
                    data = xml.replace("</sheetData>", " ".repeat(10_000_000) + "</sheetData>").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        assertRefused("import.file.packedTooLarge", List.of(), refused(bomb.toByteArray(), "intervjuer.xlsx", AUTO));
    }
}
