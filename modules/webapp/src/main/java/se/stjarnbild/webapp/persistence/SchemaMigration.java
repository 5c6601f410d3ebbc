package se.stjarnbild.webapp.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema to the newest version with the Flyway migrations shipped in the model. */
public final class SchemaMigration {

    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigration() {
    }

    /** Returns the schema version after migrating. Flyway locks the history table, so concurrent servers wait. */
    public static String migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}
