package se.stjarnbild.dialogue.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records the way Excel writes and reads them: a quoted cell may hold the
 * separator, line breaks and doubled quote marks; spaces around a cell (outside its quotes) do
 * not count; a quote mark inside an unquoted cell is an ordinary character. Records end at CR,
 * LF or CRLF outside quotes and are numbered from 1, blank ones included, so the numbers are the
 * rows Excel shows. Cells are substrings of the text, copied only when a quote mark is doubled:
 * the import reads files of 100,000 rows, so this runs once over tens of megabytes.
 */
final class CsvRecords {

    /** Hears each record with its number. */
    interface Sink {
        void record(int number, List<String> cells);
    }

    /** A quote opened and never closed, or text after a closing quote: the record it is in. */
    static final class BrokenRecord extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int number;

        BrokenRecord(int number) {
            super("CSV record " + number + " is broken", null, false, false);
            this.number = number;
        }

        int number() {
            return number;
        }
    }

    private final String text;
    private final char separator;
    private int at;

    private CsvRecords(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    static void read(String text, char separator, Sink sink) {
        new CsvRecords(text, separator).readAll(sink);
    }

    private void readAll(Sink sink) {
        int number = 0;
        int width = 8;
        while (at < text.length()) {
            number++;
            List<String> cells = new ArrayList<>(width);
            readRecord(number, cells);
            width = Math.max(width, cells.size());
            sink.record(number, cells);
        }
    }

    private void readRecord(int number, List<String> cells) {
        int length = text.length();
        while (true) {
            skipSpaces();
            cells.add(at < length && text.charAt(at) == '"' ? quotedCell(number) : plainCell());
            if (at >= length) {
                return;
            }
            char c = text.charAt(at++);
            if (c == separator) {
                continue;
            }
            // A line end: CRLF counts once.
            if (c == '\r' && at < length && text.charAt(at) == '\n') {
                at++;
            }
            return;
        }
    }

    /** From here to the separator or line end, without the spaces at its end. */
    private String plainCell() {
        int start = at;
        int length = text.length();
        while (at < length) {
            char c = text.charAt(at);
            if (c == separator || c == '\n' || c == '\r') {
                break;
            }
            at++;
        }
        int end = at;
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** At an opening quote mark: the cell up to its closing one, then only spaces may follow. */
    private String quotedCell(int number) {
        at++;
        StringBuilder doubled = null;
        String cell;
        while (true) {
            int quote = text.indexOf('"', at);
            if (quote < 0) {
                throw new BrokenRecord(number);
            }
            if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
                if (doubled == null) {
                    doubled = new StringBuilder(quote - at + 64);
                }
                doubled.append(text, at, quote + 1);
                at = quote + 2;
                continue;
            }
            cell = doubled == null ? text.substring(at, quote) : doubled.append(text, at, quote).toString();
            at = quote + 1;
            break;
        }
        skipSpaces();
        if (at < text.length()) {
            char c = text.charAt(at);
            if (c != separator && c != '\n' && c != '\r') {
                throw new BrokenRecord(number);
            }
        }
        return cell.strip();
    }

    private void skipSpaces() {
        int length = text.length();
        while (at < length && isSpace(text.charAt(at))) {
            at++;
        }
    }

    /** Spaces and tabs around a cell, unless the tab is the separator. */
    private boolean isSpace(char c) {
        return c != separator && c != '\n' && c != '\r' && (c == ' ' || c == '\t' || Character.isWhitespace(c));
    }
}
