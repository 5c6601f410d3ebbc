package se.stjarnbild.meetings.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits public registrations per client address and hour (STJARNBILD_REGISTRATION_LIMIT_PER_HOUR,
 * default 20), so that a script cannot take every seat or have the municipality mail strangers.
 * Kept in memory per server: a restart forgets, which costs an abuser little but nobody else anything.
 */
@ApplicationScoped
public class RegistrationThrottle {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private int limit;

    @PostConstruct
    void configure() {
        limitPerHour(ConfigProvider.getConfig(RegistrationThrottle.class.getClassLoader())
                .getOptionalValue("stjarnbild.registration.limit.per.hour", Integer.class).filter(l -> l > 0).orElse(20));
    }

    void limitPerHour(int registrations) {
        this.limit = registrations;
    }

    /** True when the client may register now (and counts it); false when it has reached the hour's limit. */
    public boolean allow(String client, Instant now) {
        if (recent.size() > MAX_CLIENTS) {
            recent.entrySet().removeIf(e -> isOld(e.getValue(), now));
        }
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private static boolean isOld(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW));
        }
    }
}
