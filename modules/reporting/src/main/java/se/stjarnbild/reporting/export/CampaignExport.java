package se.stjarnbild.reporting.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * All campaign data for the archive and for analysis, table by table, streamed from the database
 * into a sink (rows are read with a fetch size and written at once, so 100,000 quotes cost no
 * more memory than 100). One read-only transaction gives one consistent picture.
 */
public final class CampaignExport {

    private CampaignExport() {
    }

    public static void write(DataSource data, TableSink sink) throws IOException, SQLException {
        try (Connection db = data.getConnection()) {
            for (ExportTable table : ExportTable.ALL) {
                sink.startTable(table);
                try (PreparedStatement query = db.prepareStatement(table.sql())) {
                    query.setFetchSize(500);
                    try (ResultSet rows = query.executeQuery()) {
                        int columns = table.columns().size();
                        while (rows.next()) {
                            List<Object> values = new ArrayList<>(columns);
                            for (int c = 1; c <= columns; c++) {
                                values.add(rows.getObject(c));
                            }
                            sink.row(values);
                        }
                    }
                }
                sink.endTable();
            }
            sink.finish();
        }
    }
}
