package se.stjarnbild.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one benchmark command: generates a fresh database, starts the product on it, measures, and
 * prints one table of figures with their targets and the ratio to each limit. Exits non-zero when
 * a correctness check inside a benchmark fails.
 */
public final class BenchmarkRunner {

    private static final String USER = "stjarnbild";
    private static final String PASSWORD = "stjarnbild";
    private static final String ADMIN_PASSWORD = "mätning-lösenord-2026";
    private static final double P95_LIMIT_MS = 50;
    private static final double THROUGHPUT_SHARE = 0.2;
    private static final int WARM_UP_SECONDS = 10;
    /** Distinct logged-in sessions the load rotates through: many people, not one busy tab. */
    private static final int SESSIONS = 16;

    private final Options options;
    private final List<Figure> figures = new ArrayList<>();
    private final WrkLoad wrk;
    private long registrationMeetingId;

    /** The command line, from the Maven profile. */
    record Options(Path war, Path micro, Path work, String scale, List<Integer> growth, int runs, long seed, int seconds,
            List<String> parts) {

        boolean runs(String part) {
            return parts.contains("all") || parts.contains(part);
        }

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                int equals = arg.indexOf('=');
                if (!arg.startsWith("--") || equals < 0) {
                    throw new IllegalArgumentException("Arguments are --name=value, not '" + arg + "'");
                }
                values.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
            String scale = values.getOrDefault("scale", "large");
            if (!scale.equals("small") && !scale.equals("large")) {
                throw new IllegalArgumentException("--scale is small (about 2,000 quotes) or large (100,000), not " + scale);
            }
            List<Integer> growth = values.getOrDefault("growth", "").isBlank() ? List.of()
                    : Arrays.stream(values.get("growth").split(",")).map(String::trim).map(Integer::valueOf).toList();
            return new Options(Path.of(require(values, "war")), Path.of(require(values, "micro")),
                    Path.of(values.getOrDefault("work", "target/bench")), scale, growth,
                    Integer.parseInt(values.getOrDefault("runs", "3")), Long.parseLong(values.getOrDefault("seed", "1")),
                    Integer.parseInt(values.getOrDefault("seconds", "5")),
                    Arrays.stream(values.getOrDefault("parts", "all").split(",")).map(String::trim).toList());
        }

        int quotes() {
            return scale.equals("small") ? 2_000 : 100_000;
        }

        private static String require(Map<String, String> values, String name) {
            String value = values.get(name);
            if (value == null || !Files.isRegularFile(Path.of(value))) {
                throw new IllegalArgumentException("--" + name + " must name the built file (" + value
                        + "); build with mvn -P bench package");
            }
            return value;
        }
    }

    private BenchmarkRunner(Options options) throws IOException {
        this.options = options;
        deleteRecursively(options.work());
        Files.createDirectories(options.work());
        this.wrk = new WrkLoad(options.work());
    }

    public static void main(String[] args) {
        try {
            WrkLoad.requireWrk();
            new BenchmarkRunner(Options.parse(args)).run();
        } catch (Exception e) {
            System.err.println();
            System.err.println("BENCHMARK FAILED: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws Exception {
        int quotes = options.quotes();
        String url = generate(quotes);
        if (options.runs("startup")) {
            measureStartUp(url, quotes);
        }
        Map<String, Stats> dashboard = options.runs("pages") ? measurePages(url, quotes) : null;
        if (options.runs("dialogue")) {
            measureDialogue(url, quotes);
        }
        if (options.runs("document")) {
            measureDocument(url, quotes);
        }
        if (options.runs("live")) {
            measureLiveReactions(url);
        }
        for (int size : options.growth()) {
            measureGrowth(size, size == quotes ? dashboard : null);
        }
        addPendingFigures();
        String table = table();
        System.out.println();
        System.out.println(table);
        Files.writeString(options.work().resolve("results.md"), table);
    }

    private String generate(int quotes) throws Exception {
        return generate(quotes, "db-" + quotes);
    }

    /** A fresh database with the synthetic data in the work folder's {@code folder}. */
    private String generate(int quotes, String folder) throws Exception {
        Path dir = options.work().resolve(folder);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("stjarnbild");
        log("Generating " + quotes + " quotes (seed " + options.seed() + ")");
        DataGenerator.Result result = new DataGenerator(options.seed()).generate(url, USER, PASSWORD, quotes);
        if (folder.equals("db-" + options.quotes())) {
            registrationMeetingId = result.registrationMeetingId();
        }
        figures.add(Figure.informational(String.format(Locale.ROOT, "generate %,d quotes in %,d interviews, %d places, %d villages",
                quotes, result.interviews(), result.places(), result.villages()), result.millis() + " ms"));
        return url;
    }

    private void measureStartUp(String url, int quotes) throws Exception {
        List<Double> ready = new ArrayList<>();
        List<Double> resident = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            log("Start-up " + run + "/" + options.runs());
            try (ServerProcess server = start(url, "startup-" + run)) {
                ready.add(server.readyMillis() / 1000.0);
                Thread.sleep(5_000);
                resident.add((double) server.residentMegabytes());
            }
        }
        String data = String.format(Locale.ROOT, " (%,d quotes)", quotes);
        figures.add(Figure.informational("server start-up to ready" + data, Stats.of(ready).format("s", 1)));
        figures.add(Figure.informational("resident memory 5 s after ready" + data, Stats.of(resident).format("MB", 0)));
    }

    /** Staff pages and the dashboard under load, each against a static file served by the same server. */
    private Map<String, Stats> measurePages(String url, int quotes) throws Exception {
        try (ServerProcess server = start(url, "load")) {
            List<String> cookie = sessions(server);
            StaffSession session = new StaffSession(server.base());
            session.logIn("admin", ADMIN_PASSWORD);
            session.expectPage("", DataGenerator.CAMPAIGN);
            session.expectPage("admin/users.xhtml", "admin");
            session.expectPage("referencegroups/index.xhtml", "Trångsviken/Alsen/Kluk");
            session.expectPage("dialogue/interviews.xhtml", "Ny intervju");
            session.expectPage("dialogue/quotes.xhtml", "Ord i citatet");
            session.expectPage("robots.txt", "Disallow");

            Map<String, Stats> staticFile = load(server, "robots.txt", cookie);
            double staticRate = staticFile.get("rps").median();
            figures.add(Figure.informational("static file (robots.txt), 32 connections",
                    staticFile.get("rps").format("req/s", 0)));
            Map<String, Stats> dashboard = null;
            for (String[] page : new String[][] {{"", "dashboard"}, {"dialogue/interviews.xhtml", "interview list, first page"},
                {"dialogue/quotes.xhtml", "quote list, first page"},
                {"admin/users.xhtml", "user list"}, {"referencegroups/index.xhtml", "reference group list"}}) {
                Map<String, Stats> result = load(server, page[0], cookie);
                addPageFigures(page[1] + String.format(Locale.ROOT, " (%,d quotes)", quotes), result, staticRate);
                if (page[1].equals("dashboard")) {
                    dashboard = result;
                }
            }
            return dashboard;
        }
    }

    /**
     * Swedish search over the generated quotes, and the import of as many spreadsheet rows through
     * the import page against a raw JDBC batch insert of the same rows into a copy of the same database.
     */
    private void measureDialogue(String url, int quotes) throws Exception {
        String data = String.format(Locale.ROOT, " (%,d quotes)", quotes);
        ImportRows rows = ImportRows.generate(url, USER, PASSWORD, quotes, options.seed() + 1, LocalDate.now().getYear());
        Path csv = options.work().resolve("import-" + quotes + ".csv");
        rows.writeCsv(csv);
        ImportRows warmUp = ImportRows.generate(url, USER, PASSWORD, 2_000, options.seed() + 2, LocalDate.now().getYear());
        Path warmUpCsv = options.work().resolve("import-warm-up.csv");
        warmUp.writeCsv(warmUpCsv);
        List<Double> jdbc = new ArrayList<>();
        Path dbDir = options.work().resolve("db-" + quotes);
        for (int run = 1; run <= options.runs(); run++) {
            Path copy = options.work().resolve("db-jdbc-" + run);
            copyRecursively(dbDir, copy);
            log("Raw JDBC insert of " + rows.size() + " rows, run " + run + "/" + options.runs());
            jdbc.add((double) rows.insertByJdbc("jdbc:h2:file:" + copy.toAbsolutePath().resolve("stjarnbild"), USER, PASSWORD));
            deleteRecursively(copy);
        }
        try (ServerProcess server = start(url, "dialogue")) {
            StaffSession session = new StaffSession(server.base());
            session.logIn("admin", ADMIN_PASSWORD);
            log("Waiting for the search index to be built");
            long indexStarted = System.nanoTime();
            DialogueBenchmarks.awaitSearchIndex(session);
            figures.add(Figure.informational("search index in step with the database" + data,
                    (System.nanoTime() - indexStarted) / 1_000_000 + " ms after ready (built at the first start-up run)"));
            Stats roundTrip = measureSearch(session, data);
            measureRegistrations(server);
            // One small import first, so the measured one runs warm code as the median JDBC runs do.
            log("Warming up the import with " + warmUp.size() + " rows");
            DialogueBenchmarks.importFile(session, warmUpCsv, warmUp.size());
            DialogueBenchmarks.awaitSearchIndex(session);
            log("Importing " + rows.size() + " rows through the import page");
            DialogueBenchmarks.ImportTimes times = DialogueBenchmarks.importFile(session, csv, rows.size());
            double jdbcMedian = Stats.of(jdbc).median();
            figures.add(Figure.informational(String.format(Locale.ROOT, "raw JDBC batch insert of %,d rows (%,d interviews)",
                    rows.size(), rows.interviews()), Stats.of(jdbc).format("ms", 0)));
            figures.add(Figure.measured(String.format(Locale.ROOT, "import of %,d rows through the import page", rows.size()),
                    String.format(Locale.ROOT, "%,d ms (check %,d + save %,d) = %.2f× JDBC", times.total(),
                            times.checkMillis(), times.saveMillis(), times.total() / jdbcMedian),
                    "≤ 3× JDBC", times.total() / (3 * jdbcMedian)));
            if (roundTrip.median() <= 0) {
                throw new IllegalStateException("No search was timed");
            }
        }
    }

    /** Searches one after another (after two warm-up passes): p50 and p95 round trip, with the search's own time. */
    private Stats measureSearch(StaffSession session, String data) throws Exception {
        log("Searching" + data);
        DialogueBenchmarks.search(session, 2);
        Map<String, List<Double>> searches = DialogueBenchmarks.search(session, Math.max(3, options.runs() * 3));
        List<Double> trips = searches.get("roundTrip").stream().sorted().toList();
        List<Double> searchOnly = searches.get("server").stream().sorted().toList();
        figures.add(Figure.informational("search" + data + ", " + trips.size() + " searches one after another: p50",
                String.format(Locale.ROOT, "%.1f ms (search itself %.1f ms)", percentile(trips, 50), percentile(searchOnly, 50))));
        double p95 = percentile(trips, 95);
        figures.add(Figure.measured("search" + data + ": p95 round trip", String.format(Locale.ROOT,
                "%.1f ms (search itself %.1f ms)", p95, percentile(searchOnly, 95)), "≤ 20 ms", p95 / 20.0));
        return Stats.of(searches.get("roundTrip"));
    }

    /** 2,000 people register at once for a meeting with 300 seats, through the public page. */
    private void measureRegistrations(ServerProcess server) throws Exception {
        int people = 2_000;
        log("Registering " + people + " people at once for " + DataGenerator.BENCHMARK_SEATS + " seats");
        RegistrationBenchmark.Outcome outcome = RegistrationBenchmark.run(server.base(), registrationMeetingId, people);
        if (outcome.failed() > 0 || outcome.confirmed() != DataGenerator.BENCHMARK_SEATS
                || outcome.waitlisted() != people - DataGenerator.BENCHMARK_SEATS) {
            throw new IllegalStateException(String.format(Locale.ROOT, "Registrations went wrong: %d seats, %d waiting, "
                    + "%d failed (expected %d seats, %d waiting)", outcome.confirmed(), outcome.waitlisted(), outcome.failed(),
                    DataGenerator.BENCHMARK_SEATS, people - DataGenerator.BENCHMARK_SEATS));
        }
        List<Double> sorted = outcome.millis().stream().sorted().toList();
        double p99 = percentile(sorted, 99);
        figures.add(Figure.measured(String.format(Locale.ROOT, "%,d registrations at once (%d client threads) to %d seats",
                people, RegistrationBenchmark.CONCURRENCY, DataGenerator.BENCHMARK_SEATS),
                String.format(Locale.ROOT, "%d confirmed, %d waitlisted, 0 errors; p50 %.0f ms, p99 %.0f ms",
                        outcome.confirmed(), outcome.waitlisted(), percentile(sorted, 50), p99),
                "exactly 300, p99 ≤ 200 ms", p99 / 200.0));
    }

    /** 300 phones answer "Stämmer det?" for the star on the projector within 30 seconds. */
    private void measureLiveReactions(String url) throws Exception {
        int phones = 300;
        Duration window = Duration.ofSeconds(30);
        try (ServerProcess server = start(url, "live")) {
            StaffSession staff = new StaffSession(server.base());
            staff.logIn("admin", ADMIN_PASSWORD);
            log("Warming up: " + 30 + " phones within 3 s");
            LiveBenchmark.run(server.base(), staff, registrationMeetingId, 30, Duration.ofSeconds(3), options.seed());
            log(phones + " phones join and answer within " + window.toSeconds() + " s");
            LiveBenchmark.Outcome outcome = LiveBenchmark.run(server.base(), staff, registrationMeetingId, phones, window,
                    options.seed() + 1);
            if (outcome.failed() > 0 || outcome.counted() != phones || outcome.shownOnProjector() != phones
                    || outcome.refusedRepeats() != 20) {
                throw new IllegalStateException(String.format(Locale.ROOT, "Live reactions went wrong: %d counted, %d shown on "
                        + "the projector, %d failed, %d of 20 repeats refused (expected %d, %d, 0, 20)", outcome.counted(),
                        outcome.shownOnProjector(), outcome.failed(), outcome.refusedRepeats(), phones, phones));
            }
            List<Double> sorted = outcome.millis().stream().sorted().toList();
            double p99 = percentile(sorted, 99);
            figures.add(Figure.measured(String.format(Locale.ROOT, "%d phones answer one star within %d s (each with its live "
                    + "stream open)", phones, window.toSeconds()),
                    String.format(Locale.ROOT, "%d counted once, 20 repeats refused; p50 %.0f ms, p99 %.0f ms; projector "
                            + "showed all %.0f ms after the last answer", outcome.counted(), percentile(sorted, 50), p99,
                            outcome.projectorLagMillis()),
                    "exactly 300, p99 ≤ 200 ms, projector ≤ 2 s", Math.max(p99 / 200.0, outcome.projectorLagMillis() / 2_000.0)));
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private void measureGrowth(int quotes, Map<String, Stats> alreadyMeasured) throws Exception {
        if (alreadyMeasured != null) {
            return;
        }
        // Its own database: the main one may hold the same number of quotes, and other parts change it.
        String url = generate(quotes, "growth-db-" + quotes);
        String data = String.format(Locale.ROOT, " (%,d quotes)", quotes);
        try (ServerProcess server = start(url, "growth-" + quotes)) {
            // The index is built in the background after a start; loads are measured once it is done.
            StaffSession session = new StaffSession(server.base());
            session.logIn("admin", ADMIN_PASSWORD);
            long indexStarted = System.nanoTime();
            DialogueBenchmarks.awaitSearchIndex(session);
            figures.add(Figure.informational("search index built" + data,
                    (System.nanoTime() - indexStarted) / 1_000_000 + " ms after ready"));
            List<String> cookie = sessions(server);
            double staticRate = load(server, "robots.txt", cookie).get("rps").median();
            addPageFigures("dashboard" + data, load(server, "", cookie), staticRate);
            addPageFigures("quote list, first page" + data, load(server, "dialogue/quotes.xhtml", cookie), staticRate);
            measureSearch(session, data);
        }
    }

    private void addPageFigures(String name, Map<String, Stats> result, double staticRate) {
        Stats p95 = result.get("p95");
        figures.add(Figure.informational(name + ": p50", result.get("p50").format("ms", 1)));
        figures.add(Figure.measured(name + ": p95", p95.format("ms", 1), "≤ 50 ms", p95.median() / P95_LIMIT_MS));
        double share = result.get("rps").median() / staticRate;
        figures.add(Figure.measured(name + ": throughput", result.get("rps").format("req/s", 0)
                + String.format(Locale.ROOT, " = %.2f× static", share), "≥ 0.2× static", THROUGHPUT_SHARE / share));
    }

    /** Logs in {@link #SESSIONS} times; each session is checked to see the dashboard, not a login redirect. */
    private List<String> sessions(ServerProcess server) throws Exception {
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            StaffSession session = new StaffSession(server.base());
            session.logIn("admin", ADMIN_PASSWORD);
            session.expectPage("", DataGenerator.CAMPAIGN);
            cookies.add(session.cookieHeader());
        }
        return cookies;
    }

    /** A warm-up run, then the measured runs: median and spread of each figure. */
    private Map<String, Stats> load(ServerProcess server, String path, List<String> headers) throws Exception {
        String target = server.base().resolve(path).toString();
        log("Load on /" + path);
        wrk.run(target, headers, WARM_UP_SECONDS);
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> rps = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            WrkLoad.Run result = wrk.run(target, headers, options.seconds());
            p50.add(result.p50Millis());
            p95.add(result.p95Millis());
            rps.add(result.requestsPerSecond());
        }
        return Map.of("p50", Stats.of(p50), "p95", Stats.of(p95), "rps", Stats.of(rps));
    }

    private ServerProcess start(String url, String name) throws Exception {
        return start(url, name, List.of());
    }

    private ServerProcess start(String url, String name, List<String> jvmOptions) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of(
                "STJARNBILD_DB_URL", url, "STJARNBILD_DB_USER", USER, "STJARNBILD_DB_PASSWORD", PASSWORD,
                "STJARNBILD_ADMIN_PASSWORD", ADMIN_PASSWORD, "STJARNBILD_DEMO", "false",
                "STJARNBILD_DATA_DIR", options.work().resolve("server-data").toAbsolutePath().toString()));
        // The registration benchmark sends 2,000 registrations from one address on purpose.
        settings.put("STJARNBILD_REGISTRATION_LIMIT_PER_HOUR", "100000");
        return ServerProcess.start(options.micro(), options.war(), settings,
                options.work().resolve(name + ".log"), jvmOptions);
    }

    private void addPendingFigures() {
    }

    /**
     * The decision document from the large data on a server limited to a 512 MB heap: "save and
     * generate" as the secretary posts it (after one warm-up generation), its peak heap, and the
     * aggregation beside the same queries in raw SQL on the same database.
     */
    private void measureDocument(String url, int quotes) throws Exception {
        String data = String.format(Locale.ROOT, " (%,d quotes, %d stars, 9 groups, %,d registrations)", quotes,
                FeedbackData.STARS.length, DataGenerator.registrationsFor(quotes));
        List<Double> seconds = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        try (ServerProcess server = start(url, "document", List.of("-Xmx512m"));
             HeapSampler sampler = new HeapSampler(server.pid())) {
            StaffSession session = new StaffSession(server.base());
            session.logIn("admin", ADMIN_PASSWORD);
            log("Decision document: warm-up generation");
            DocumentBenchmark.Generation cold = DocumentBenchmark.generate(session, sampler);
            figures.add(Figure.informational("decision document, first generation after start (cold)" + data,
                    String.format(Locale.ROOT, "%.1f s", cold.seconds())));
            for (int run = 1; run <= options.runs(); run++) {
                log("Decision document: generation " + run + "/" + options.runs());
                DocumentBenchmark.Generation g = DocumentBenchmark.generate(session, sampler);
                seconds.add(g.seconds());
                heap.add(g.peakHeapMegabytes());
            }
        }
        List<DocumentBenchmark.Timing> timings = DocumentBenchmark.timings(options.work().resolve("document.log"));
        List<Double> facts = timings.stream().skip(1).map(DocumentBenchmark.Timing::factsMillis).toList();
        List<Double> pdf = timings.stream().skip(1).map(DocumentBenchmark.Timing::pdfMillis).toList();
        List<Double> raw = new ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, USER, PASSWORD)) {
            DocumentBenchmark.rawAggregation(db);
            for (int run = 1; run <= options.runs() + 1; run++) {
                raw.add((double) DocumentBenchmark.rawAggregation(db));
            }
        }
        Stats total = Stats.of(seconds);
        Stats peak = Stats.of(heap);
        figures.add(Figure.measured("decision document: save and generate PDF/A + DOCX + HTML, -Xmx512m" + data,
                total.format("s", 2), "≤ 5 s", total.median() / 5.0));
        figures.add(Figure.measured("decision document: peak used heap while generating" + data,
                peak.format("MB", 0), "≤ 512 MB", peak.median() / 512.0));
        figures.add(Figure.informational("decision document: PDF rendering alone (" + timings.get(timings.size() - 1).pdfBytes()
                / 1024 + " KB)", Stats.of(pdf).format("ms", 0)));
        Stats factStats = Stats.of(facts);
        Stats rawStats = Stats.of(raw);
        figures.add(Figure.measured("decision document aggregation in the server vs the same queries as raw SQL" + data,
                factStats.format("ms", 0) + " vs " + rawStats.format("ms", 0), "≤ 2×",
                factStats.median() / rawStats.median() / 2.0));
    }

    private String table() throws IOException {
        long memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Stjärnbild benchmarks, %s: %d cores, %d GiB, Java %s; scale %s, seed %d, "
                + "%d runs of %d s after a %d s warm-up, %d connections over %d logged-in sessions; "
                + "median (lowest–highest).%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), Math.round(memoryKb / 1024.0 / 1024.0),
                System.getProperty("java.version"), options.scale(), options.seed(), options.runs(), options.seconds(),
                WARM_UP_SECONDS, WrkLoad.CONNECTIONS, SESSIONS));
        out.append("| figure | measured | target | ratio to limit | |\n|---|---|---|---|---|\n");
        figures.forEach(f -> out.append(f.row()).append('\n'));
        return out.toString();
    }

    private static void log(String message) {
        System.out.println("[bench] " + message);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
