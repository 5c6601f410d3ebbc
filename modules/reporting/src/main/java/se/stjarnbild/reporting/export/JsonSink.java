package se.stjarnbild.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The export as one JSON document: {"campaign": …, "tables": {"interviews": [{…}, …], …}}, written as it streams. */
public final class JsonSink implements TableSink {

    private final Writer out;
    private ExportTable table;
    private boolean firstTable = true;
    private boolean firstRow;

    public JsonSink(OutputStream stream, String campaign, String exportedAt) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("{\"campaign\":" + string(campaign) + ",\"exportedAt\":" + string(exportedAt) + ",\"tables\":{");
    }

    @Override
    public void startTable(ExportTable t) throws IOException {
        table = t;
        out.write((firstTable ? "" : ",") + string(t.name()) + ":[");
        firstTable = false;
        firstRow = true;
    }

    @Override
    public void row(List<Object> values) throws IOException {
        StringBuilder row = new StringBuilder(firstRow ? "{" : ",{");
        firstRow = false;
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            row.append(i == 0 ? "" : ",").append(string(table.columns().get(i))).append(':')
                    .append(v == null ? "null" : v instanceof Number || v instanceof Boolean ? v.toString() : string(Cells.text(v)));
        }
        out.write(row.append('}').toString());
    }

    @Override
    public void endTable() throws IOException {
        out.write("]");
    }

    @Override
    public void finish() throws IOException {
        out.write("}}");
        out.flush();
    }

    static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
