package se.stjarnbild.webapp.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Checks that every table and column the JPA mappings use exists in the migrated schema, so a
 * mapping without its migration fails at start, not on a user's first save.
 */
@Stateless
public class SchemaValidator {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    /** Returns the missing tables and columns as "table.column" (or "table"); empty when all is there. */
    public List<String> missingFromSchema(DataSource dataSource) throws SQLException {
        Map<String, Set<String>> expected = expectedColumns(em.unwrap(Session.class));
        try (Connection connection = dataSource.getConnection()) {
            return missing(expected, connection);
        }
    }

    static Map<String, Set<String>> expectedColumns(Session session) {
        Map<String, Set<String>> expected = new HashMap<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.getTables().isEmpty()) {
                continue;
            }
            for (DatabaseTable table : descriptor.getTables()) {
                expected.computeIfAbsent(key(table.getName()), t -> new HashSet<>());
            }
            for (DatabaseField field : descriptor.getFields()) {
                expect(expected, field);
            }
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectCollectionMapping collection) {
                    expect(expected, collection.getDirectField());
                    collection.getReferenceKeyFields().forEach(f -> expect(expected, f));
                } else if (mapping instanceof ManyToManyMapping manyToMany) {
                    manyToMany.getSourceRelationKeyFields().forEach(f -> expect(expected, f));
                    manyToMany.getTargetRelationKeyFields().forEach(f -> expect(expected, f));
                }
            }
        }
        return expected;
    }

    private static void expect(Map<String, Set<String>> expected, DatabaseField field) {
        if (field.getTableName() != null && !field.getTableName().isEmpty()) {
            expected.computeIfAbsent(key(field.getTableName()), t -> new HashSet<>()).add(key(field.getName()));
        }
    }

    static List<String> missing(Map<String, Set<String>> expected, Connection connection) throws SQLException {
        Map<String, Set<String>> actual = new HashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                actual.computeIfAbsent(key(columns.getString("TABLE_NAME")), t -> new HashSet<>())
                        .add(key(columns.getString("COLUMN_NAME")));
            }
        }
        List<String> missing = new ArrayList<>();
        expected.forEach((table, columns) -> {
            Set<String> present = actual.get(table);
            if (present == null) {
                missing.add(table);
            } else {
                columns.stream().filter(c -> !present.contains(c)).map(c -> table + "." + c).forEach(missing::add);
            }
        });
        missing.sort(null);
        return missing;
    }

    private static String key(String identifier) {
        return identifier.replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
