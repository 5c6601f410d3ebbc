package se.stjarnbild.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import se.stjarnbild.dialogue.QuoteExportRow;

/** Writes quotes as a spreadsheet, one row each under a header; the format decides CSV or XLSX. */
public interface QuoteSheetWriter {

    String contentType();

    String fileExtension();

    /** Writes all rows; {@code labels} turns enum names and dates into the reader's words. */
    void write(List<String> header, Iterator<QuoteExportRow> rows, SheetLabels labels, OutputStream out) throws IOException;

    static QuoteSheetWriter of(String format) {
        return "xlsx".equalsIgnoreCase(format) ? new XlsxQuoteSheet() : new CsvQuoteSheet();
    }
}
