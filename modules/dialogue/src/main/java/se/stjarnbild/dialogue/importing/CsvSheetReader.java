package se.stjarnbild.dialogue.importing;

import java.util.List;

/**
 * Reads CSV text as Excel writes it: quoted cells may hold the separator, doubled quotes and line
 * breaks. Row numbers count records, not lines, because Excel shows a cell with a line break as one
 * row. Blank lines are kept while parsing (and skipped later) so the numbers stay Excel's.
 */
final class CsvSheetReader {

    private static final char REPLACEMENT = '\uFFFD';

    private CsvSheetReader() {
    }

    static RawSheet read(byte[] content, ReadOptions options) {
        DecodedText decoded = TextDecoding.decode(content, options.encoding());
        String text = decoded.text();
        Character declared = null;
        // Excel writes and honours a first line "sep=;" that names the separator and is not a row.
        if (text.startsWith("sep=") && text.length() >= 5 && isLineEnd(text, 5)) {
            declared = text.charAt(4);
            text = text.substring(5).replaceFirst("^\r?\n", "");
        }
        char separator = switch (options.separator()) {
            case SEMICOLON -> ';';
            case COMMA -> ',';
            case AUTO -> declared != null ? declared : SeparatorGuess.of(text);
        };
        RowCollector rows = new RowCollector();
        parse(text, separator, rows, decoded.invalid());
        if (decoded.invalid()) {
            // Every invalid byte became a replacement character, and parse() looked for them.
            throw new ImportFileException("import.file.invalidUtf8", firstLineWithReplacement(text));
        }
        return rows.finish(decoded.encodingName(), separator);
    }

    private static void parse(String text, char separator, RowCollector rows, boolean findInvalid) {
        try {
            CsvRecords.read(text, separator, (number, cells) -> {
                if (findInvalid && containsReplacement(cells)) {
                    throw new ImportFileException("import.file.invalidUtf8", number);
                }
                rows.add(number, cells);
            });
        } catch (CsvRecords.BrokenRecord broken) {
            // Almost always a quote that is opened and never closed.
            throw new ImportFileException("import.file.csvBroken", broken.number());
        }
    }

    private static boolean containsReplacement(List<String> cells) {
        for (String cell : cells) {
            if (cell.indexOf(REPLACEMENT) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Fallback for a replacement character the parser dropped (e.g. beside a quote): its line. */
    private static int firstLineWithReplacement(String text) {
        int line = 1;
        for (int i = 0; i < text.length() && text.charAt(i) != REPLACEMENT; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isLineEnd(String text, int index) {
        return index == text.length() || text.charAt(index) == '\n' || text.charAt(index) == '\r';
    }
}
