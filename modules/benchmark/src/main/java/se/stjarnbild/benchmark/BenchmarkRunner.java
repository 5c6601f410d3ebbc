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

    static final String USER = "stjarnbild";
    static final String PASSWORD = "stjarnbild";
    private static final String ADMIN_PASSWORD = "mätning-lösenord-2026";
    private static final double P95_LIMIT_MS = 50;
    private static final double THROUGHPUT_SHARE = 0.2;
    private static final int WARM_UP_SECONDS = 10;
    /** Distinct logged-in sessions the load rotates through: many people, not one busy tab. */
    private static final int SESSIONS = 16;

    private final Options options;
    private final List<Figure> figures = new ArrayList<>();
    private final WrkLoad wrk;
    private List<Long> registrationMeetingIds = List.of();

    /** The command line, from the Maven profile. */
    record Options(Path war, Path micro, Path work, String scale, List<Integer> growth, int runs, long seed, int seconds,
            List<String> parts, boolean profile) {

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
                    Arrays.stream(values.getOrDefault("parts", "all").split(",")).map(String::trim).toList(),
                    Boolean.parseBoolean(values.getOrDefault("profile", "false")));
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
        if (options.runs("registrations")) {
            measureRegistrations(url);
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
            registrationMeetingIds = result.registrationMeetingIds();
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
            figures.add(Figure.informational("static file (robots.txt), 32 connections; server CPU per request",
                    staticFile.get("rps").format("req/s", 0) + "; " + staticFile.get("cpu").format("ms", 2)));
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
        // Both sides warm up on as many other rows first, so both are timed with warm code (a JVM's
        // first 100,000 inserts run partly interpreted: about 6 s instead of 3 for the raw insert).
        ImportRows warmUp = ImportRows.generate(url, USER, PASSWORD, quotes, options.seed() + 2, LocalDate.now().getYear());
        Path warmUpCsv = options.work().resolve("import-warm-up.csv");
        warmUp.writeCsv(warmUpCsv);
        // Every import run starts from this copy, as every raw insert does: same rows, same database.
        Path base = options.work().resolve("db-import-base");
        copyRecursively(options.work().resolve("db-" + quotes), base);
        try (ServerProcess server = start(url, "dialogue")) {
            StaffSession session = new StaffSession(server.base());
            session.logIn("admin", ADMIN_PASSWORD);
            log("Waiting for the search index to be built");
            long indexStarted = System.nanoTime();
            DialogueBenchmarks.awaitSearchIndex(session);
            figures.add(Figure.informational("search index in step with the database" + data,
                    (System.nanoTime() - indexStarted) / 1_000_000 + " ms after ready (built at the first start-up run)"));
            Stats roundTrip = measureSearch(session, data);
            if (roundTrip.median() <= 0) {
                throw new IllegalStateException("No search was timed");
            }
        }
        List<Double> jdbc = new ArrayList<>();
        List<Double> imports = new ArrayList<>();
        List<Double> checks = new ArrayList<>();
        List<Double> saves = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        // Raw insert and import alternate, so both see the machine in the same state.
        for (int run = 1; run <= options.runs(); run++) {
            log("Raw JDBC insert of " + rows.size() + " rows, run " + run + "/" + options.runs());
            double raw = insertByJdbc(base, run, rows.size(), warmUp.size());
            log("Importing " + rows.size() + " rows through the import page, run " + run + "/" + options.runs());
            DialogueBenchmarks.ImportTimes times = importOnFreshServer(base, run, csv, rows.size(), warmUpCsv, warmUp.size());
            log(String.format(Locale.ROOT, "  %,d ms (check %,d + save %,d) = %.2f× the raw insert", times.total(),
                    times.checkMillis(), times.saveMillis(), times.total() / raw));
            jdbc.add(raw);
            imports.add((double) times.total());
            checks.add((double) times.checkMillis());
            saves.add((double) times.saveMillis());
            ratios.add(times.total() / raw);
        }
        deleteRecursively(base);
        double ratio = Stats.of(imports).median() / Stats.of(jdbc).median();
        figures.add(Figure.informational(String.format(Locale.ROOT, "raw JDBC batch insert of %,d rows (%,d interviews)",
                rows.size(), rows.interviews()), Stats.of(jdbc).format("ms", 0)));
        figures.add(Figure.measured(String.format(Locale.ROOT, "import of %,d rows through the import page", rows.size()),
                String.format(Locale.ROOT, "%s (check %,.0f + save %,.0f) = %.2f× JDBC (each run's own ratio %s)",
                        Stats.of(imports).format("ms", 0), Stats.of(checks).median(), Stats.of(saves).median(), ratio,
                        ratios.stream().sorted().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList()),
                "≤ 3× JDBC", ratio / 3));
    }

    /**
     * The rows by a raw JDBC batch into a fresh copy of the database, in a JVM of its own (this one
     * carries the other figures' clients and garbage), opened as the server opens it: at least the
     * page cache the server gives itself (an eighth of its heap, at most 256 MB), and warmed by
     * inserting the warm-up rows first, as the server is warmed by importing them (see {@link RawInsert}).
     */
    private double insertByJdbc(Path base, int run, int quotes, int warmUpQuotes) throws Exception {
        Path copy = options.work().resolve("db-jdbc-" + run);
        copyRecursively(base, copy);
        String copyUrl = "jdbc:h2:file:" + copy.toAbsolutePath().resolve("stjarnbild") + ";CACHE_SIZE=262144";
        Process process = new ProcessBuilder("java", "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                RawInsert.class.getName(), copyUrl, String.valueOf(quotes), String.valueOf(options.seed() + 1),
                String.valueOf(warmUpQuotes), String.valueOf(options.seed() + 2), String.valueOf(LocalDate.now().getYear()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !output.contains("RAW ")) {
            throw new IllegalStateException("The raw JDBC insert failed: " + output);
        }
        String[] reported = output.substring(output.indexOf("RAW ")).trim().split("\\s+");
        double millis = Double.parseDouble(reported[1]);
        log(String.format(Locale.ROOT, "  %,.0f ms, of which the commit %s ms", millis, reported[2]));
        deleteRecursively(copy);
        return millis;
    }

    /**
     * The file through the import page of a server started on a fresh copy of the database (its own
     * data folder), after its search index is built and an import of the warm-up rows has warmed it up.
     */
    private DialogueBenchmarks.ImportTimes importOnFreshServer(Path base, int run, Path csv, int quotes, Path warmUpCsv,
            int warmUpQuotes) throws Exception {
        Path copy = options.work().resolve("db-import-" + run);
        copyRecursively(base, copy);
        String copyUrl = "jdbc:h2:file:" + copy.toAbsolutePath().resolve("stjarnbild");
        DialogueBenchmarks.ImportTimes times;
        try (ServerProcess server = start(copyUrl, "import-" + run, List.of(), options.work().resolve("import-data"))) {
            StaffSession session = new StaffSession(server.base());
            session.logIn("admin", ADMIN_PASSWORD);
            DialogueBenchmarks.awaitSearchIndex(session);
            DialogueBenchmarks.importFile(session, warmUpCsv, warmUpQuotes);
            DialogueBenchmarks.awaitSearchIndex(session);
            settleDisk();
            times = DialogueBenchmarks.importFile(session, csv, quotes);
        }
        deleteRecursively(copy);
        return times;
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

    /**
     * 2,000 people register at once for a meeting with 300 seats, through the public page: a
     * warm-up on a meeting of its own, then each run on another empty meeting.
     */
    private void measureRegistrations(String url) throws Exception {
        int people = 2_000;
        int runs = Math.min(options.runs(), DataGenerator.BENCHMARK_MEETINGS - 1);
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        List<Double> staticP99 = new ArrayList<>();
        List<Double> staticRate = new ArrayList<>();
        List<Double> openingCpu = new ArrayList<>();
        List<Double> serverCpu = new ArrayList<>();
        List<Double> clientCpu = new ArrayList<>();
        RegistrationBenchmark.Outcome calmer = null;
        try (ServerProcess server = start(url, "registrations")) {
            // The search index is built in the background after a start; it would take its CPU from the first runs.
            StaffSession session = new StaffSession(server.base());
            session.logIn("admin", ADMIN_PASSWORD);
            DialogueBenchmarks.awaitSearchIndex(session);
            log("Warm-up: registering " + people + " people");
            check(RegistrationBenchmark.run(server.base(), registrationMeetingIds.get(0), people,
                    RegistrationBenchmark.CONCURRENCY, server::cpuMillis), people);
            RegistrationBenchmark.staticFile(server.base(), people, RegistrationBenchmark.CONCURRENCY);
            for (int run = 1; run <= runs; run++) {
                RegistrationBenchmark.Outcome floor = RegistrationBenchmark.staticFile(server.base(), people, RegistrationBenchmark.CONCURRENCY);
                staticP99.add(percentile(floor.millis().stream().sorted().toList(), 99));
                staticRate.add(people / (floor.wallMillis() / 1000.0));
                log("Registering " + people + " people at once for " + DataGenerator.BENCHMARK_SEATS + " seats, run " + run
                        + "/" + runs);
                double clientBefore = ServerProcess.cpuMillis(ProcessHandle.current());
                RegistrationBenchmark.Outcome outcome = RegistrationBenchmark.run(server.base(),
                        registrationMeetingIds.get(run), people, RegistrationBenchmark.CONCURRENCY, server::cpuMillis);
                openingCpu.add(outcome.openingCpuMillis() / people);
                serverCpu.add(outcome.sendingCpuMillis() / people);
                clientCpu.add((ServerProcess.cpuMillis(ProcessHandle.current()) - clientBefore) / people);
                check(outcome, people);
                List<Double> sorted = outcome.millis().stream().sorted().toList();
                p50.add(percentile(sorted, 50));
                p95.add(percentile(sorted, 95));
                p99.add(percentile(sorted, 99));
                rate.add(people / (outcome.wallMillis() / 1000.0));
                log(String.format(Locale.ROOT, "  p50 %.0f ms, p99 %.0f ms, %.0f registrations/s (a static file the same way: "
                        + "p99 %.0f ms, %.0f/s); server CPU per person: opening the page %.1f ms, sending it %.1f ms; client %.1f ms",
                        p50.get(run - 1), p99.get(run - 1), rate.get(run - 1), staticP99.get(run - 1), staticRate.get(run - 1),
                        openingCpu.get(run - 1), serverCpu.get(run - 1), clientCpu.get(run - 1)));
            }
            if (runs + 1 < registrationMeetingIds.size()) {
                // The same rush at a tenth of the concurrency, as a comparison: the latency is the queue.
                log("Registering " + people + " people, " + RegistrationBenchmark.CONCURRENCY / 10 + " at a time");
                calmer = RegistrationBenchmark.run(server.base(), registrationMeetingIds.get(runs + 1), people,
                        RegistrationBenchmark.CONCURRENCY / 10, server::cpuMillis);
                check(calmer, people);
            }
        }
        Stats tail = Stats.of(p99);
        figures.add(Figure.measured(String.format(Locale.ROOT, "%,d registrations at once (%d client threads) to %d seats, %d runs",
                people, RegistrationBenchmark.CONCURRENCY, DataGenerator.BENCHMARK_SEATS, runs),
                String.format(Locale.ROOT, "exactly %d confirmed and %,d waitlisted in every run, 0 errors; p50 %s, p95 %s, p99 %s; %s",
                        DataGenerator.BENCHMARK_SEATS, people - DataGenerator.BENCHMARK_SEATS, Stats.of(p50).format("ms", 0),
                        Stats.of(p95).format("ms", 0), tail.format("ms", 0), Stats.of(rate).format("registrations/s", 0)),
                "exactly 300, p99 ≤ 200 ms", tail.median() / 200.0));
        figures.add(Figure.informational(String.format(Locale.ROOT, "the same %,d requests for a static file (robots.txt), "
                + "sent the same way to the same server, before each run", people),
                "p99 " + Stats.of(staticP99).format("ms", 0) + "; " + Stats.of(staticRate).format("requests/s", 0)));
        figures.add(Figure.informational("CPU time per person registering: the server opening the page, the server taking "
                + "the registration, the client for both", "opening " + Stats.of(openingCpu).format("ms", 1) + ", sending "
                + Stats.of(serverCpu).format("ms", 1) + ", client " + Stats.of(clientCpu).format("ms", 1)
                        + " (the machine has " + Runtime.getRuntime().availableProcessors() + " cores)"));
        if (calmer != null) {
            List<Double> sorted = calmer.millis().stream().sorted().toList();
            figures.add(Figure.informational(String.format(Locale.ROOT, "the same %,d registrations sent %d at a time (one run)",
                    people, RegistrationBenchmark.CONCURRENCY / 10), String.format(Locale.ROOT, "exactly %d confirmed; p50 %.0f ms, "
                    + "p99 %.0f ms; %.0f registrations/s", DataGenerator.BENCHMARK_SEATS, percentile(sorted, 50),
                    percentile(sorted, 99), people / (calmer.wallMillis() / 1000.0))));
        }
    }

    /** Exactly the seats confirmed, everyone else waiting, nobody refused; anything else stops the benchmark. */
    private static void check(RegistrationBenchmark.Outcome outcome, int people) {
        int seats = Math.min(people, DataGenerator.BENCHMARK_SEATS);
        if (outcome.failed() > 0 || outcome.confirmed() != seats || outcome.waitlisted() != people - seats) {
            throw new IllegalStateException(String.format(Locale.ROOT, "Registrations went wrong: %d seats, %d waiting, "
                    + "%d failed (expected %d seats, %d waiting)", outcome.confirmed(), outcome.waitlisted(), outcome.failed(),
                    seats, people - seats));
        }
    }

    /** 300 phones answer "Stämmer det?" for the star on the projector within 30 seconds. */
    private void measureLiveReactions(String url) throws Exception {
        int phones = 300;
        Duration window = Duration.ofSeconds(30);
        try (ServerProcess server = start(url, "live")) {
            StaffSession staff = new StaffSession(server.base());
            staff.logIn("admin", ADMIN_PASSWORD);
            log("Warming up: " + 30 + " phones within 3 s");
            LiveBenchmark.run(server.base(), staff, registrationMeetingIds.get(0), 30, Duration.ofSeconds(3), options.seed());
            log(phones + " phones join and answer within " + window.toSeconds() + " s");
            LiveBenchmark.Outcome outcome = LiveBenchmark.run(server.base(), staff, registrationMeetingIds.get(0), phones, window,
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

    /**
     * Writes out what earlier steps left in the operating system's write cache (copies of a 160 MB
     * database, an earlier run's writes), so it is not flushed during the next timed run.
     */
    static void settleDisk() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException noSync) {
            // Not on this system: the run is timed as it is.
        }
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
        // Written before the server opens the database (an embedded database has one owner at a time).
        List<Path> imports = new ArrayList<>();
        for (int run = 0; run <= options.runs(); run++) {
            ImportRows rows = ImportRows.generate(url, USER, PASSWORD, GROWTH_IMPORT_ROWS, options.seed() + 10 + run,
                    LocalDate.now().getYear());
            imports.add(options.work().resolve("growth-import-" + run + ".csv"));
            rows.writeCsv(imports.get(run));
        }
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
            measureImportGrowth(session, imports, data);
        }
    }

    /** Rows per import in the growth runs: small beside every size, so each database stays about its size. */
    private static final int GROWTH_IMPORT_ROWS = 10_000;

    /**
     * How the import's cost grows with the data already there: after a warm-up import, the runs'
     * imports of {@link #GROWTH_IMPORT_ROWS} other generated rows each, median and spread.
     */
    private void measureImportGrowth(StaffSession session, List<Path> files, String data) throws Exception {
        List<Double> totals = new ArrayList<>();
        List<Double> checks = new ArrayList<>();
        for (int run = 0; run < files.size(); run++) {
            log("Importing " + GROWTH_IMPORT_ROWS + " rows" + data + (run == 0 ? ", warm-up" : ", run " + run));
            DialogueBenchmarks.ImportTimes times = DialogueBenchmarks.importFile(session, files.get(run), GROWTH_IMPORT_ROWS);
            DialogueBenchmarks.awaitSearchIndex(session);
            Files.delete(files.get(run));
            if (run > 0) {
                totals.add((double) times.total());
                checks.add((double) times.checkMillis());
            }
        }
        figures.add(Figure.informational(String.format(Locale.ROOT, "import of %,d rows through the import page%s",
                GROWTH_IMPORT_ROWS, data), Stats.of(totals).format("ms", 0)
                + String.format(Locale.ROOT, " (check %,.0f ms)", Stats.of(checks).median())));
    }

    private void addPageFigures(String name, Map<String, Stats> result, double staticRate) {
        Stats p95 = result.get("p95");
        figures.add(Figure.informational(name + ": p50; server CPU per request", result.get("p50").format("ms", 1) + "; "
                + result.get("cpu").format("ms", 2)));
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
        List<Double> cpu = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            double cpuBefore = server.cpuMillis();
            WrkLoad.Run result = wrk.run(target, headers, options.seconds());
            cpu.add((server.cpuMillis() - cpuBefore) / result.requests());
            p50.add(result.p50Millis());
            p95.add(result.p95Millis());
            rps.add(result.requestsPerSecond());
        }
        return Map.of("p50", Stats.of(p50), "p95", Stats.of(p95), "rps", Stats.of(rps), "cpu", Stats.of(cpu));
    }

    private ServerProcess start(String url, String name) throws Exception {
        return start(url, name, List.of());
    }

    private ServerProcess start(String url, String name, List<String> jvmOptions) throws Exception {
        return start(url, name, jvmOptions, options.work().resolve("server-data"));
    }

    /** {@code dataDir} holds the server's search index, which follows the database it was built from. */
    private ServerProcess start(String url, String name, List<String> jvmOptions, Path dataDir) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of(
                "STJARNBILD_DB_URL", url, "STJARNBILD_DB_USER", USER, "STJARNBILD_DB_PASSWORD", PASSWORD,
                "STJARNBILD_ADMIN_PASSWORD", ADMIN_PASSWORD, "STJARNBILD_DEMO", "false",
                "STJARNBILD_DATA_DIR", dataDir.toAbsolutePath().toString()));
        // The registration benchmark sends 2,000 registrations from one address on purpose.
        settings.put("STJARNBILD_REGISTRATION_LIMIT_PER_HOUR", "100000");
        List<String> jvm = new ArrayList<>(jvmOptions);
        if (options.profile()) {
            // A flight recording per server, to see where a figure's time goes (jfr print, JMC).
            jvm.add("-XX:StartFlightRecording=settings=profile,filename="
                    + options.work().resolve(name + ".jfr").toAbsolutePath());
        }
        return ServerProcess.start(options.micro(), options.war(), settings,
                options.work().resolve(name + ".log"), jvm);
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
