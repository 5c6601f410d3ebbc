package se.stjarnbild.webapp.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running server for all browser tests of a build, stopped when the test run ends. A test
 * class says {@code @ExtendWith(SharedServer.Start.class)} and reads {@link #current()}.
 */
public final class SharedServer {

    private static final String KEY = SharedServer.class.getName();
    private static volatile RunningServer current;

    private SharedServer() {
    }

    /** Starts (or reuses) the shared server, once Chromium is known to be there (else the class is skipped). */
    public static final class Start implements org.junit.jupiter.api.extension.BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            Browser.open().close();
            current = get(context);
        }
    }

    public static RunningServer current() {
        return current;
    }

    public static RunningServer get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> new Closeable(start()), Closeable.class).server;
    }

    private static RunningServer start() {
        try {
            Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("stjarnbild.test.dir", "target/it"))
                    .toAbsolutePath()), "browser-data-");
            return RunningServer.start(dataDir, "browser-server");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the server for the browser tests", e);
        }
    }

    private record Closeable(RunningServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws InterruptedException {
            server.close();
        }
    }
}
