package se.stjarnbild.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A room of phones reacting to the star on the projector, as the open meeting sees it: staff start
 * the presentation; every phone opens the short link (getting its device token) and keeps the
 * live stream open as the page does; then each answers once at a random moment within the window.
 * The projector's own stream says when it has shown every answer. Twenty phones then answer a
 * second time: none of those may count.
 */
final class LiveBenchmark {

    private static final Pattern CODE = Pattern.compile("id=\"joinCode\">([A-Z2-9]{6})<");
    private static final Pattern STAR = Pattern.compile("id=\"live-results\" class=\"live-results\" data-star=\"(\\d+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final int REPEATS = 20;

    record Outcome(int counted, int refusedRepeats, int failed, long shownOnProjector, List<Double> millis,
            double projectorLagMillis) {
    }

    private record Phone(int number, String cookie) {
    }

    private LiveBenchmark() {
    }

    static Outcome run(URI base, StaffSession staff, long meetingId, int phones, Duration window, long seed) throws Exception {
        String page = "dialogue/present.xhtml?meeting=" + meetingId;
        String projector = staff.page(page);
        if (projector.contains("startForm")) {
            staff.post(page, Map.of("startForm", "startForm", "startForm:start", "Starta",
                    "jakarta.faces.ViewState", StaffSession.viewState(projector)), false);
            projector = staff.page(page);
        }
        String code = find(CODE, projector, "the join code");
        long star = Long.parseLong(find(STAR, projector, "the star on screen"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(32)).build();
        URI events = base.resolve("public/live/events?c=" + code);

        AtomicLong shownTotal = new AtomicLong(-1);
        AtomicLong shownAt = new AtomicLong();
        List<CompletableFuture<?>> streams = new ArrayList<>();
        streams.add(http.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(line -> {
                    Matcher total = TOTAL.matcher(line);
                    if (total.find()) {
                        shownTotal.set(Long.parseLong(total.group(1)));
                        shownAt.set(System.nanoTime());
                    }
                })));
        long before = awaitShown(shownTotal, -1, Duration.ofSeconds(10));

        List<Phone> room = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            HttpResponse<String> joined = http.send(HttpRequest.newBuilder(base.resolve("public/react.xhtml?c=" + code)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = joined.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("stjarnbild-device="))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("");
            if (joined.statusCode() != 200 || !cookie.startsWith("stjarnbild-device=")) {
                throw new IllegalStateException("A phone could not join: " + joined.statusCode() + " " + cookie);
            }
            room.add(new Phone(i, cookie));
            streams.add(http.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.discarding()));
        }

        Random random = new Random(seed);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(32);
        ConcurrentLinkedQueue<double[]> results = new ConcurrentLinkedQueue<>();
        List<Future<?>> answers = new ArrayList<>();
        try {
            for (Phone phone : room) {
                long at = (long) (random.nextDouble() * window.toMillis());
                answers.add(clock.schedule(() -> results.add(answer(http, base, code, star, phone, 1 + phone.number() % 4)),
                        at, TimeUnit.MILLISECONDS));
            }
            for (Future<?> answer : answers) {
                answer.get(window.toMillis() + 60_000, TimeUnit.MILLISECONDS);
            }
            long lastAnswered = System.nanoTime();
            long shown = awaitShown(shownTotal, before + phones, Duration.ofSeconds(30));
            double lag = Math.max(0, (shownAt.get() - lastAnswered) / 1_000_000.0);
            int refused = 0;
            for (Phone phone : room.subList(0, Math.min(REPEATS, room.size()))) {
                refused += answer(http, base, code, star, phone, 4)[0] == 2 ? 1 : 0;
            }
            Thread.sleep(1_500);
            long after = shownTotal.get();
            int counted = 0;
            int failed = 0;
            List<Double> millis = new ArrayList<>();
            for (double[] r : results) {
                millis.add(r[1]);
                counted += r[0] == 1 ? 1 : 0;
                failed += r[0] == 0 ? 1 : 0;
            }
            return new Outcome(counted, refused, failed, after == shown ? shown - before : -1, millis, lag);
        } finally {
            clock.shutdownNow();
            streams.forEach(s -> s.cancel(true));
        }
    }

    /** {1 counted, 2 refused as a repeat, 0 anything else; milliseconds}. */
    private static double[] answer(HttpClient http, URI base, String code, long star, Phone phone, int score) {
        try {
            String form = "c=" + code + "&star=" + star + "&score=" + score + "&sentence=";
            long started = System.nanoTime();
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(base.resolve("public/live/react"))
                    .timeout(Duration.ofSeconds(30)).header("Cookie", phone.cookie())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            String where = answer.headers().firstValue("Location").orElse("");
            return new double[] {where.endsWith("r=counted") ? 1 : where.endsWith("r=already_answered") ? 2 : 0, millis};
        } catch (IOException e) {
            return new double[] {0, 0};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[] {0, 0};
        }
    }

    private static long awaitShown(AtomicLong shown, long atLeast, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (shown.get() < Math.max(0, atLeast) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        if (shown.get() < Math.max(0, atLeast)) {
            throw new IllegalStateException("The projector's stream showed " + shown.get() + " answers, expected " + atLeast);
        }
        return shown.get();
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("The presentation page shows no " + what);
        }
        return m.group(1);
    }
}
