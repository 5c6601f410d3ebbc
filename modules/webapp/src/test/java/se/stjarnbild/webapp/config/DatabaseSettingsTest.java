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
}
