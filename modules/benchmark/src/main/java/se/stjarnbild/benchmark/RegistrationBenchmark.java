package se.stjarnbild.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many people registering for one open meeting at once, through the public page as a browser
 * does: each opens the page (its own session and form), then all send their registrations
 * together. Counts who got a seat and who waits, and times each sending.
 */
final class RegistrationBenchmark {

    /** Client threads sending at once: far more than the server's cores, so requests queue there. */
    static final int CONCURRENCY = 100;

    /** Who got what, each sending's time, and the wall time from the first sending to the last answer. */
    record Outcome(int confirmed, int waitlisted, int failed, List<Double> millis, double wallMillis,
            double openingCpuMillis, double sendingCpuMillis) {
    }

    /** A person with the page open: their cookies (the session), the form's view state and nonce. */
    private record Person(String cookies, String viewState, String nonce, int number) {
    }

    private RegistrationBenchmark() {
    }

    static Outcome run(URI base, long meetingId, int people, int clients, java.util.function.DoubleSupplier serverCpuMillis)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            String page = "public/register.xhtml?meeting=" + meetingId;
            List<Callable<Person>> opening = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                int number = i;
                opening.add(() -> {
                    BrowserConnection.Answer form = BrowserConnection.get(base.resolve(page), null);
                    if (form.status() != 200 || !form.body().contains("registerForm") || form.cookies() == null) {
                        throw new IllegalStateException("The registration page answered " + form.status());
                    }
                    return new Person(form.cookies(), StaffSession.viewState(form.body()), StaffSession.nonce(form.body()), number);
                });
            }
            List<Person> ready = new ArrayList<>();
            double cpuAtStart = serverCpuMillis.getAsDouble();
            for (Future<Person> person : pool.invokeAll(opening, 10, TimeUnit.MINUTES)) {
                ready.add(person.get());
            }
            double cpuOpened = serverCpuMillis.getAsDouble();
            List<Callable<double[]>> sending = new ArrayList<>();
            for (Person person : ready) {
                sending.add(() -> send(base, page, person));
            }
            int confirmed = 0;
            int waitlisted = 0;
            int failed = 0;
            List<Double> millis = new ArrayList<>();
            long started = System.nanoTime();
            List<Future<double[]>> results = pool.invokeAll(sending, 10, TimeUnit.MINUTES);
            double wallMillis = (System.nanoTime() - started) / 1_000_000.0;
            double cpuSent = serverCpuMillis.getAsDouble();
            for (Future<double[]> result : results) {
                double[] r = result.get();
                millis.add(r[1]);
                if (r[0] == 1) {
                    confirmed++;
                } else if (r[0] == 2) {
                    waitlisted++;
                } else {
                    failed++;
                }
            }
            return new Outcome(confirmed, waitlisted, failed, millis, wallMillis, cpuOpened - cpuAtStart, cpuSent - cpuOpened);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {status (1 seat, 2 waitlist, 0 failed), milliseconds}. */
    private static double[] send(URI base, String page, Person person) throws IOException {
        String form = "registerForm=registerForm&registerForm%3Aname=" + encode("Mätperson " + person.number())
                + "&registerForm%3Aemail=" + encode("matperson" + person.number() + "@example.se")
                + "&registerForm%3Aphone=&registerForm%3Aneeds=&registerForm%3Aconsent=on"
                + "&registerForm%3Aregister=Skicka&jakarta.faces.ViewState=" + encode(person.viewState())
                + "&" + StaffSession.NONCE_FIELD + "=" + encode(person.nonce());
        long started = System.nanoTime();
        // A new connection, as a browser makes when the page has been open a while: the server
        // closes connections idle longer than its keep-alive time, and 2,000 open pages wait that long.
        BrowserConnection.Answer answer = BrowserConnection.postForm(base.resolve(page), person.cookies(), form);
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        String body = answer.body();
        int status = answer.status() != 200 || !body.contains("id=\"receipt\"") ? 0
                : body.contains("id=\"position\"") ? 2 : 1;
        return new double[] {status, millis};
    }

    /**
     * The floor under the figure: as many requests for a static file, sent the same way (a new
     * connection each, as many at a time) to the same server. Returns each request's
     * milliseconds and, last, the wall time of them all.
     */
    static Outcome staticFile(URI base, int requests, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Double>> sending = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                sending.add(() -> {
                    long started = System.nanoTime();
                    BrowserConnection.Answer answer = BrowserConnection.get(base.resolve("robots.txt"), null);
                    if (answer.status() != 200 || !answer.body().contains("Disallow")) {
                        throw new IllegalStateException("robots.txt answered " + answer.status());
                    }
                    return (System.nanoTime() - started) / 1_000_000.0;
                });
            }
            long started = System.nanoTime();
            List<Double> millis = new ArrayList<>();
            for (Future<Double> result : pool.invokeAll(sending, 10, TimeUnit.MINUTES)) {
                millis.add(result.get());
            }
            return new Outcome(0, 0, 0, millis, (System.nanoTime() - started) / 1_000_000.0, 0, 0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
