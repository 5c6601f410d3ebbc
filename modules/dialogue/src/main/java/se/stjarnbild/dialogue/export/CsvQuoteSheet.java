package se.stjarnbild.dialogue.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.stjarnbild.dialogue.QuoteExportRow;

/**
 * CSV as Excel in Sweden opens it with a double-click: UTF-8 with a byte-order mark (else å, ä
 * and ö break), semicolons between cells, CRLF line ends, quotes around cells that need them.
 */
final class CsvQuoteSheet implements QuoteSheetWriter {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    @Override
    public String contentType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(List<String> header, Iterator<QuoteExportRow> rows, SheetLabels labels, OutputStream out)
            throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\ufeff');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
        while (rows.hasNext()) {
            for (String cell : QuoteCells.of(rows.next(), labels)) {
                printer.print(QuoteCells.safe(cell));
            }
            printer.println();
        }
        printer.flush();
    }
}
