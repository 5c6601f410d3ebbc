package se.stjarnbild.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro with the product's WAR, started as the README's operator command does, on loopback. */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(240);

    private final Process process;
    private final URI base;
    private final long readyMillis;

    private ServerProcess(Process process, URI base, long readyMillis) {
        this.process = process;
        this.base = base;
        this.readyMillis = readyMillis;
    }

    static ServerProcess start(Path micro, Path war, Map<String, String> settings, Path log)
            throws IOException, InterruptedException {
        return start(micro, war, settings, log, List.of());
    }

    /** {@code jvmOptions} such as "-Xmx512m", for a figure that must hold within a heap limit. */
    static ServerProcess start(Path micro, Path war, Map<String, String> settings, Path log, List<String> jvmOptions)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", micro.toString(), "--nocluster",
                "--port", String.valueOf(port), "--contextroot", "/", "--deploy", war.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(settings);
        long start = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = start + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return new ServerProcess(process, base, (System.nanoTime() - start) / 1_000_000);
                }
                if (ready.body().contains("\"failure\"")) {
                    process.destroy();
                    throw new IllegalStateException("Start-up failed: " + ready.body());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Not ready within " + START_LIMIT.toSeconds() + " s; see " + log);
    }

    URI base() {
        return base;
    }

    long readyMillis() {
        return readyMillis;
    }

    /** Resident set size of the server process, from /proc. */
    long pid() {
        return process.pid();
    }

    long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IllegalStateException("No VmRSS for process " + process.pid());
    }

    /** CPU time the server has used so far, all its threads together. */
    double cpuMillis() {
        return cpuMillis(process.toHandle());
    }

    static double cpuMillis(ProcessHandle handle) {
        return handle.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "This system does not report the CPU time of process " + handle.pid())).toNanos() / 1_000_000.0;
    }

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
