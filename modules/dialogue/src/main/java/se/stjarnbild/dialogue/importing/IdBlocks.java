package se.stjarnbild.dialogue.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for a bulk insert, taken from the same sequence JPA uses, in one query. The sequence moves
 * in steps of {@value #BLOCK} and each value V stands for the block V-49..V, as JPA's pool reads
 * it (BaseEntity: allocationSize 50; migration V1: INCREMENT BY 50), so neither ever hands out an
 * id the other has used.
 */
final class IdBlocks {

    static final int BLOCK = 50;

    private final long[] ids;
    private int next;

    private IdBlocks(long[] ids) {
        this.ids = ids;
    }

    static IdBlocks take(Connection db, int count) throws SQLException {
        int blocks = Math.max(1, (count + BLOCK - 1) / BLOCK);
        boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        String sql = postgres ? "select nextval('entity_seq') from generate_series(1, ?)"
                : "select next value for entity_seq from system_range(1, ?)";
        long[] ids = new long[blocks * BLOCK];
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setInt(1, blocks);
            try (ResultSet values = query.executeQuery()) {
                int i = 0;
                while (values.next()) {
                    long last = values.getLong(1);
                    for (long id = last - BLOCK + 1; id <= last; id++) {
                        ids[i++] = id;
                    }
                }
                if (i != ids.length) {
                    throw new SQLException("The sequence gave " + i / BLOCK + " blocks, not " + blocks);
                }
            }
        }
        return new IdBlocks(ids);
    }

    long next() {
        return ids[next++];
    }
}
