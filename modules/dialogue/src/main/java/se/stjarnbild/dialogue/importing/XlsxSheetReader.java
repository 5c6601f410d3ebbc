package se.stjarnbild.dialogue.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file by streaming its XML rather than building POI's workbook
 * model: 200,000 rows as a workbook model would need gigabytes. The package is opened from a
 * temporary file so POI reads each part on demand through ZipSecureFile, whose limits on expansion
 * refuse zip bombs; the file is deleted before returning.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static RawSheet read(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("stjarnbild-import-", ".xlsx");
            Files.write(file, content);
            return readFirstSheet(file);
        } catch (IOException couldNotWriteTemporaryFile) {
            throw new UncheckedIOException(couldNotWriteTemporaryFile);
        } finally {
            deleteQuietly(file);
        }
    }

    private static RawSheet readFirstSheet(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg, true);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("import.file.empty");
            }
            RowCollector rows = new RowCollector();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new SheetRowsHandler(rows),
                        new IsoCellFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
            return rows.finish(null, null);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException failure) {
            throw asImportProblem(failure);
        }
    }

    /**
     * Our own refusals (too many rows) may arrive wrapped by the XML parser; a zip bomb is named so;
     * anything else means a zip file that is not a readable workbook (a Word file, a damaged file).
     */
    private static ImportFileException asImportProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ImportFileException own) {
                return own;
            }
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return new ImportFileException("import.file.packedTooLarge");
            }
        }
        return new ImportFileException("import.file.notSpreadsheet");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The operating system's temporary directory is cleaned eventually; the import must not fail on it.
            file.toFile().deleteOnExit();
        }
    }
}
