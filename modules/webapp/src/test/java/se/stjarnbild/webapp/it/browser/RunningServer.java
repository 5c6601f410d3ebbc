package se.stjarnbild.webapp.it.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The product as an operator runs it: {@code java -jar payara-micro.jar --deploy stjarnbild.war}
 * in its own process, in demo mode, on a free loopback port, with its own data directory.
 * Ready when MicroProfile Health says so.
 */
public final class RunningServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final Process process;
    private final URI base;
    private final Path log;

    private RunningServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    public static RunningServer start(Path dataDir, String name) throws IOException, InterruptedException {
        return start(dataDir, name, java.util.Map.of());
    }

    /** Starts with extra settings (environment variables) beside the data directory and demo mode. */
    public static RunningServer start(Path dataDir, String name, java.util.Map<String, String> settings)
            throws IOException, InterruptedException {
        Path testDir = Path.of(System.getProperty("stjarnbild.test.dir", "target/it"));
        Files.createDirectories(testDir);
        Path log = testDir.resolve(name + ".log");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-jar", System.getProperty("payara.microJar"),
                "--nohazelcast", "--port", String.valueOf(port), "--contextroot", "/",
                "--deploy", System.getProperty("stjarnbild.war")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("STJARNBILD_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("STJARNBILD_DEMO", "true");
        builder.environment().putAll(settings);
        RunningServer server = new RunningServer(builder.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
        server.awaitReady();
        return server;
    }

    public URI base() {
        return base;
    }

    public String url(String path) {
        return base.resolve(path).toString();
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
                if (ready.body().contains("\"failure\"")) {
                    close();
                    throw new IllegalStateException("Start-up failed: " + ready.body() + "; see " + log);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Not ready within " + START_LIMIT.toSeconds() + " s; see " + log);
    }

    /** Stops as an operator's Ctrl-C or service manager would: a graceful shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
