package se.stjarnbild.webapp.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the database is and how to reach it. Without an explicit JDBC URL the database is an H2
 * file in the data directory; with one (e.g. {@code jdbc:postgresql://db/stjarnbild}) the driver
 * follows from the URL unless one is named.
 */
public record DatabaseSettings(String url, String user, String password, String driverClass) {

    static final String H2_FILE_NAME = "stjarnbild";

    public static DatabaseSettings resolve(Optional<String> explicitUrl, Path dataDir, String user, String password,
            Optional<String> explicitDriver) {
        String url = explicitUrl.filter(u -> !u.isBlank()).map(String::trim)
                .orElseGet(() -> h2FileUrl(dataDir));
        String driver = explicitDriver.filter(d -> !d.isBlank()).map(String::trim)
                .orElseGet(() -> driverFor(url));
        return new DatabaseSettings(url, user, password, driver);
    }

    static String h2FileUrl(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().resolve(H2_FILE_NAME).toString().replace('\\', '/');
        return "jdbc:h2:file:" + path;
    }

    static String driverFor(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("No JDBC driver is known for '" + url
                + "': set STJARNBILD_DB_DRIVER to the driver's class name");
    }

    public boolean isEmbeddedH2() {
        return url.startsWith("jdbc:h2:file:");
    }

    /** What kind of database, for the (public) health report: no host, path or name. */
    public String kind() {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("jdbc:h2:file:")) {
            return "H2 (embedded file)";
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return "PostgreSQL";
        }
        int second = lower.indexOf(':', 5);
        return second > 5 ? lower.substring(5, second) : "JDBC";
    }

    /** The URL without its parameters, for the server log (which only operators read). */
    public String describe() {
        int parameters = url.indexOf(';');
        return parameters < 0 ? url : url.substring(0, parameters);
    }
}
