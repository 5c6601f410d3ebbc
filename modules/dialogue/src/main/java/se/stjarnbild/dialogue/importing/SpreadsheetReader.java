package se.stjarnbild.dialogue.importing;

import java.util.Objects;

/**
 * Turns an uploaded file into rows of text: XLSX (recognised by its content, whatever its name) or
 * CSV in UTF-8 or Windows-1252. Everything that makes the whole file unusable is refused with an
 * {@link ImportFileException} whose message key says what to do; nothing about the rows' meaning is
 * checked here (see {@link InterviewImportParser}).
 */
public final class SpreadsheetReader {

    /**
     * Room for 100,000 rows with notes repeated on each row of an interview (the benchmark's file is
     * 38 MB), far above a summer of interviews; protects the server's memory; a 50 MB file is refused.
     */
    public static final int MAX_BYTES = 45 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;

    private SpreadsheetReader() {
    }

    public static RawSheet read(byte[] content, String fileName, ReadOptions options) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(options, "options");
        if (content.length > MAX_BYTES) {
            throw new ImportFileException("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (isEmpty(content)) {
            throw new ImportFileException("import.file.empty");
        }
        return switch (FileSniffer.kindOf(content, fileName)) {
            case ZIP -> XlsxSheetReader.read(content);
            case TEXT -> CsvSheetReader.read(content, options);
        };
    }

    /** No bytes, or only a byte order mark and white space: Excel saves an empty sheet like that. */
    private static boolean isEmpty(byte[] content) {
        int start = TextDecoding.hasUtf8Bom(content) ? 3 : 0;
        for (int i = start; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
