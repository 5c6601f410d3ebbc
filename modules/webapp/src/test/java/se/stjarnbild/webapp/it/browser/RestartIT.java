package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * Two real starts on one data directory: what staff entered is still there, and the demo data
 * was loaded exactly once. The database file is read directly once the server has stopped.
 * The first administrator comes from configuration (it is created before the demo logins, so
 * the configured password wins over the demo one).
 */
class RestartIT {

    private static final String NEW_USER = "kvar-efter-omstart";
    private static final String NEW_PASSWORD = "omstart-lösenord-2026";
    private static final String ADMIN_PASSWORD = "ett-eget-lösenord-för-start";
    private static final Map<String, String> SETTINGS = Map.of("STJARNBILD_ADMIN_PASSWORD", ADMIN_PASSWORD);

    @Test
    void whatStaffEnteredSurvivesARestartAndTheDemoDataIsLoadedOnce() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("stjarnbild.test.dir", "target/it"))
                    .toAbsolutePath()), "restart-data-");

        try (Browser browser = Browser.open(); RunningServer first = RunningServer.start(dataDir, "restart-first", SETTINGS)) {
            browser.go(first.url("login.xhtml"));
            browser.logIn("admin", DemoCatalog.DEMO_PASSWORD);
            assertEquals("/login.xhtml", browser.path(), "the configured administrator password replaces the demo one");
            browser.logIn("admin", ADMIN_PASSWORD);
            AdminPages.createUser(browser, first, NEW_USER, "Kvar Efter Omstart", NEW_PASSWORD);
            assertTrue(browser.text("#usersForm").contains(NEW_USER));
        }

        try (Browser browser = Browser.open(); RunningServer second = RunningServer.start(dataDir, "restart-second", SETTINGS)) {
            browser.go(second.url("login.xhtml"));
            browser.logIn(NEW_USER, NEW_PASSWORD);
            assertEquals("/", browser.path(), "the user created before the restart can log in");
            assertTrue(browser.text("header").contains("Kvar Efter Omstart"));
        }

        String url = "jdbc:h2:file:" + dataDir.resolve("stjarnbild").toString().replace('\\', '/');
        try (Connection db = DriverManager.getConnection(url, "stjarnbild", "stjarnbild")) {
            assertEquals(1, count(db, "select count(*) from campaign"));
            assertEquals(5, count(db, "select count(*) from district"));
            assertEquals(4, count(db, "select count(*) from target_group"));
            assertEquals(9, count(db, "select count(*) from reference_group"));
            assertEquals(3, count(db, "select count(*) from place"));
            assertEquals(3, count(db, "select count(*) from quote"));
            assertEquals(3, count(db, "select count(*) from interview"));
            assertEquals(DemoCatalog.users().size() + 1, count(db, "select count(*) from app_user"));
            assertEquals(1, count(db, "select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\" = true"));
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
