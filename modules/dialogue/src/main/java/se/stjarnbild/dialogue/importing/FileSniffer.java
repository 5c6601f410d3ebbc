package se.stjarnbild.dialogue.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file is from its first bytes, never from its name: people rename files, and a PDF
 * called intervjuer.csv must get a clear message rather than rows of garbage. Refuses, with a
 * message saying what to do, everything that is neither an XLSX package nor text.
 */
final class FileSniffer {

    enum Kind { ZIP, TEXT }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final int UTF16_SAMPLE = 4_096;

    private FileSniffer() {
    }

    static Kind kindOf(byte[] content, String fileName) {
        if (startsWith(content, ZIP)) {
            return Kind.ZIP;
        }
        if (startsWith(content, OLE2)) {
            throw oldOfficeFile(content, fileName);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || startsWith(content, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            throw new ImportFileException("import.file.utf16");
        }
        if (startsWith(content, PDF)) {
            throw new ImportFileException("import.file.notSpreadsheet");
        }
        if (containsNul(content)) {
            // Text never holds NUL bytes, except UTF-16 saved without its byte order mark.
            throw new ImportFileException(looksLikeUtf16(content) ? "import.file.utf16" : "import.file.notSpreadsheet");
        }
        return Kind.TEXT;
    }

    /**
     * An OLE2 container: an Excel 97-2003 workbook, a password-protected XLSX (Excel wraps those in
     * OLE2), or another old Office file. Each needs a different instruction.
     */
    private static ImportFileException oldOfficeFile(byte[] content, String fileName) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new ImportFileException("import.file.encrypted");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new ImportFileException("import.file.oldExcel");
            }
            return new ImportFileException("import.file.notSpreadsheet");
        } catch (IOException | RuntimeException damaged) {
            // A damaged container: the name is the best remaining hint of what the person meant.
            boolean namedXls = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xls");
            return new ImportFileException(namedXls ? "import.file.oldExcel" : "import.file.notSpreadsheet");
        }
    }

    /** UTF-16 text has its NUL bytes in every other position (the high bytes of Latin letters). */
    private static boolean looksLikeUtf16(byte[] content) {
        int sample = Math.min(content.length, UTF16_SAMPLE) & ~1;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < sample; i += 2) {
            if (content[i] == 0) {
                evenNuls++;
            }
            if (content[i + 1] == 0) {
                oddNuls++;
            }
        }
        int pairs = sample / 2;
        return pairs > 0 && (evenNuls * 10 >= pairs * 9 && oddNuls == 0 || oddNuls * 10 >= pairs * 9 && evenNuls == 0);
    }

    private static boolean containsNul(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
