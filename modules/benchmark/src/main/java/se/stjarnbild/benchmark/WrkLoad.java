package se.stjarnbild.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from wrk (Debian package) on loopback, bounded in connections and seconds. Every answer
 * that is not 200 and every socket error counts as a failure, and a run with any failure stops the
 * benchmark: a fast wrong answer is never reported as a result.
 */
final class WrkLoad {

    static final int CONNECTIONS = 32;
    private static final Pattern STATS = Pattern.compile(
            "STATS p50_us=(\\d+) p95_us=(\\d+) p99_us=(\\d+) requests=(\\d+) duration_us=(\\d+) bad=(\\d+) errors=(\\d+)");
    private static final String SCRIPT = """
            local threads = {}
            function setup(thread) table.insert(threads, thread) end
            function init(args)
              bad = 0
              cookies = args
              turn = 0
            end
            function request()
              if #cookies == 0 then return wrk.format(nil, nil) end
              turn = turn % #cookies + 1
              return wrk.format(nil, nil, { ["Cookie"] = cookies[turn] })
            end
            function response(status, headers, body) if status ~= 200 then bad = bad + 1 end end
            function done(summary, latency, requests)
              local b = 0
              for _, t in ipairs(threads) do b = b + t:get("bad") end
              local e = summary.errors
              io.write(string.format("STATS p50_us=%d p95_us=%d p99_us=%d requests=%d duration_us=%d bad=%d errors=%d\\n",
                latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests,
                summary.duration, b, e.connect + e.read + e.write + e.timeout))
            end
            """;

    /** One run's figures. */
    record Run(double p50Millis, double p95Millis, double p99Millis, double requestsPerSecond, long requests) {
    }

    private final Path script;

    WrkLoad(Path workDir) throws IOException {
        this.script = workDir.resolve("stats.lua");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    }

    static void requireWrk() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("wrk is missing: apt-get install wrk");
        }
    }

    /** Each request carries the next of the given session cookies, as if that many people used the pages. */
    Run run(String url, List<String> cookies, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--timeout", "5s", "-s", script.toString(), url, "--"));
        command.addAll(cookies);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not finish: " + url);
        }
        Matcher stats = STATS.matcher(output);
        if (!stats.find()) {
            throw new IllegalStateException("No figures from wrk for " + url + ":\n" + output);
        }
        long requests = Long.parseLong(stats.group(4));
        long bad = Long.parseLong(stats.group(6));
        long errors = Long.parseLong(stats.group(7));
        if (bad > 0 || errors > 0 || requests == 0) {
            throw new IllegalStateException(url + ": " + bad + " answers other than 200 and " + errors
                    + " socket errors in " + requests + " requests");
        }
        return new Run(Long.parseLong(stats.group(1)) / 1000.0, Long.parseLong(stats.group(2)) / 1000.0,
                Long.parseLong(stats.group(3)) / 1000.0, requests / (Long.parseLong(stats.group(5)) / 1_000_000.0), requests);
    }
}
