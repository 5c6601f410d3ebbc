package se.stjarnbild.reporting.export;

import java.io.IOException;
import java.util.List;

/** Where the export's rows go, one table after another: a CSV file in a ZIP, an XLSX sheet, a JSON array. */
public interface TableSink {

    void startTable(ExportTable table) throws IOException;

    void row(List<Object> values) throws IOException;

    void endTable() throws IOException;

    void finish() throws IOException;
}
