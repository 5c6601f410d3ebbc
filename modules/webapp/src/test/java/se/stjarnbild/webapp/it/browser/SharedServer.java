package se.stjarnbild.webapp.it.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running server for all browser tests of a build, stopped when the test run ends. A test
 * class says {@code @ExtendWith(SharedServer.Start.class)} and reads {@link #current()}.
 */
public final class SharedServer {

    private static final String KEY = SharedServer.class.getName();
    private static volatile RunningServer current;
    private static volatile GreenMail mail;

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

    /** The SMTP server (in this JVM, on loopback) the shared server sends its e-mail to. */
    public static GreenMail mail() {
        return mail;
    }

    public static RunningServer get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> new Closeable(start()), Closeable.class).server;
    }

    private static RunningServer start() {
        try {
            Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("stjarnbild.test.dir", "target/it"))
                    .toAbsolutePath()), "browser-data-");
            mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            mail.start();
            return RunningServer.start(dataDir, "browser-server", Map.of("STJARNBILD_SMTP_HOST", "127.0.0.1",
                    "STJARNBILD_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                    "STJARNBILD_MAIL_FROM", "stjarnbild@krokom.example"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the server for the browser tests", e);
        }
    }

    private record Closeable(RunningServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws InterruptedException {
            server.close();
            if (mail != null) {
                mail.stop();
            }
        }
    }
}
