package se.stjarnbild.webapp.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

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

    /**
     * How long a statement waits for a row another transaction holds, in H2 (whose own default is
     * two seconds). Registrations for one meeting queue on its row so that no seat is sold twice;
     * when two thousand people press the button at once, the last of them may wait longer than
     * that, and should be seated or waitlisted, not shown an error. PostgreSQL waits by default.
     */
    static final int H2_LOCK_TIMEOUT_MILLIS = 30_000;

    /**
     * H2's page cache in KB. Its own default, 16 MB, is a fraction of a campaign's database (about
     * 160 MB at 100,000 quotes), so large writes such as an import's commit read back pages they had
     * just written. An eighth of the heap, between 16 and 256 MB, keeps the working set in memory
     * and leaves a small server (512 MB) most of its heap.
     */
    static int h2CacheKilobytes(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / 1024;
        return (int) Math.max(16 * 1024, Math.min(256 * 1024, eighth));
    }

    /**
     * What the driver is given besides the URL: the credentials, and for H2 the lock timeout and
     * the cache size. A setting the URL names itself wins.
     */
    public Properties driverProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            String upper = url.toUpperCase(Locale.ROOT);
            if (!upper.contains("LOCK_TIMEOUT")) {
                properties.setProperty("LOCK_TIMEOUT", Integer.toString(H2_LOCK_TIMEOUT_MILLIS));
            }
            if (!upper.contains("CACHE_SIZE")) {
                properties.setProperty("CACHE_SIZE", Integer.toString(h2CacheKilobytes(Runtime.getRuntime().maxMemory())));
            }
        }
        return properties;
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
