package se.stjarnbild.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most a number of actions per client within a sliding window (public forms: registrations,
 * contributions). Kept in memory per server: a restart forgets, which costs an abuser little and
 * nobody else anything. Plain Java, shared by the modules that open a form to the public.
 */
public final class PerClientLimit {

    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Duration window;
    private volatile int limit;

    public PerClientLimit(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    /** True when the client may act now (and counts it); false when it has reached the window's limit. */
    public boolean allow(String client, Instant now) {
        return count(client, now, true);
    }

    /** Whether the client has reached the window's limit, without counting anything. */
    public boolean reached(String client, Instant now) {
        return !count(client, now, false);
    }

    /** Counts one action (a failed login, say) whatever the limit. */
    public void record(String client, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    /**
     * Gives back the action {@link #allow} counted last, when it did not go through (a form refused
     * for a typo): taking the slot first and giving it back keeps the limit exact under parallel requests.
     */
    public void release(String client) {
        Deque<Instant> times = recent.get(client);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    /** Forgets a client's actions (a successful login clears its failures). */
    public void forget(String client) {
        recent.remove(client);
    }

    private boolean count(String client, Instant now, boolean add) {
        if (recent.size() > MAX_CLIENTS) {
            recent.entrySet().removeIf(e -> isOld(e.getValue(), now));
        }
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            if (add) {
                times.addLast(now);
            }
            return true;
        }
    }

    private boolean isOld(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().isBefore(now.minus(window));
        }
    }
}
