package se.stjarnbild.webapp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutAUrlTheDatabaseIsAnH2FileInTheDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.resolve(Optional.empty(), Path.of("/srv/stjarnbild/data"),
                "stjarnbild", "secret", Optional.empty());

        assertEquals("jdbc:h2:file:/srv/stjarnbild/data/stjarnbild", settings.url());
        assertEquals("org.h2.Driver", settings.driverClass());
        assertTrue(settings.isEmbeddedH2());
    }

    @Test
    void aRelativeDataDirectoryBecomesAbsoluteSoTheDatabaseDoesNotMoveWithTheWorkingDirectory() {
        DatabaseSettings settings = DatabaseSettings.resolve(Optional.of("  "), Path.of("./data"), "u", "p", Optional.empty());

        assertTrue(Path.of(settings.url().substring("jdbc:h2:file:".length())).isAbsolute(), settings.url());
        assertTrue(settings.url().endsWith("/data/stjarnbild"), settings.url());
    }

    @Test
    void anExplicitPostgresqlUrlWinsAndPicksItsDriver() {
        DatabaseSettings settings = DatabaseSettings.resolve(Optional.of("jdbc:postgresql://127.0.0.1:5432/stjarnbild"),
                Path.of("./data"), "app", "pw", Optional.empty());

        assertEquals("jdbc:postgresql://127.0.0.1:5432/stjarnbild", settings.url());
        assertEquals("org.postgresql.Driver", settings.driverClass());
        assertFalse(settings.isEmbeddedH2());
    }

    @Test
    void aNamedDriverWinsOverTheGuess() {
        DatabaseSettings settings = DatabaseSettings.resolve(Optional.of("jdbc:h2:mem:x"), Path.of("."), "u", "p",
                Optional.of("com.example.Driver"));
        assertEquals("com.example.Driver", settings.driverClass());
    }

    @Test
    void anUnknownDatabaseAsksForTheDriverSetting() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.resolve(
                Optional.of("jdbc:oracle:thin:@db:1521/x"), Path.of("."), "u", "p", Optional.empty()));
        assertEquals("No JDBC driver is known for 'jdbc:oracle:thin:@db:1521/x': set STJARNBILD_DB_DRIVER to the driver's class name",
                error.getMessage());
    }

    @Test
    void thePublicHealthReportNamesOnlyTheKindOfDatabase() {
        assertEquals("H2 (embedded file)", new DatabaseSettings("jdbc:h2:file:/srv/data/stjarnbild", "u", "p", "d").kind());
        assertEquals("PostgreSQL", new DatabaseSettings("jdbc:postgresql://db.internal:5432/x", "u", "p", "d").kind());
        assertEquals("mariadb", new DatabaseSettings("jdbc:mariadb://db.internal/x", "u", "p", "d").kind());
    }

    @Test
    void theDescriptionLeavesOutUrlParameters() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:file:/d/stjarnbild;CIPHER=AES", "u", "p", "org.h2.Driver");
        assertEquals("jdbc:h2:file:/d/stjarnbild", settings.describe());
    }

    @Test
    void h2WaitsLongerForALockedRowUnlessTheUrlSaysOtherwise() {
        java.util.Properties h2 = new DatabaseSettings("jdbc:h2:file:/d/stjarnbild", "u", "p", "org.h2.Driver").driverProperties();
        assertEquals("u", h2.getProperty("user"));
        assertEquals("p", h2.getProperty("password"));
        assertEquals("30000", h2.getProperty("LOCK_TIMEOUT"));
        assertEquals(null, new DatabaseSettings("jdbc:h2:file:/d/stjarnbild;LOCK_TIMEOUT=500", "u", "p", "org.h2.Driver")
                .driverProperties().getProperty("LOCK_TIMEOUT"), "the operator's own setting wins");
        assertEquals(null, new DatabaseSettings("jdbc:postgresql://db/x", "u", "p", "org.postgresql.Driver")
                .driverProperties().getProperty("LOCK_TIMEOUT"), "PostgreSQL is left as it is");
    }

    @Test
    void h2sCacheIsAnEighthOfTheHeapWithinSixteenAnd256Megabytes() {
        long mb = 1024 * 1024;
        assertEquals(16 * 1024, DatabaseSettings.h2CacheKilobytes(64 * mb), "never below H2's own default");
        assertEquals(64 * 1024, DatabaseSettings.h2CacheKilobytes(512 * mb));
        assertEquals(256 * 1024, DatabaseSettings.h2CacheKilobytes(2048 * mb));
        assertEquals(256 * 1024, DatabaseSettings.h2CacheKilobytes(6144 * mb), "capped");
    }

    @Test
    void h2TakesTheCacheSizeFromTheDriverPropertiesUnlessTheUrlSetsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.sql.SQLException {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.h2FileUrl(dir), "sa", "", "org.h2.Driver");
        int expectedMegabytes = DatabaseSettings.h2CacheKilobytes(Runtime.getRuntime().maxMemory()) / 1024;
        assertEquals(expectedMegabytes, cacheMegabytes(settings));
        assertEquals(null, new DatabaseSettings("jdbc:h2:file:/d/own;CACHE_SIZE=8192", "sa", "", "org.h2.Driver")
                .driverProperties().getProperty("CACHE_SIZE"), "the operator's own setting wins");
        assertEquals(null, new DatabaseSettings("jdbc:postgresql://db/x", "u", "p", "org.postgresql.Driver")
                .driverProperties().getProperty("CACHE_SIZE"), "PostgreSQL is left as it is");
    }

    /** What the running database reports as its cache limit, in MB. */
    private static int cacheMegabytes(DatabaseSettings settings) throws java.sql.SQLException {
        try (java.sql.Connection db = new org.h2.Driver().connect(settings.url(), settings.driverProperties());
             java.sql.ResultSet r = db.createStatement().executeQuery(
                     "select setting_value from information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'")) {
            r.next();
            return Integer.parseInt(r.getString(1));
        }
    }
}
