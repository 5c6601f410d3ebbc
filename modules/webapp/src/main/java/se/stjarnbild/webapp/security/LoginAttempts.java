package se.stjarnbild.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import se.stjarnbild.model.PerClientLimit;

/**
 * Failed logins per user name: after ten failures within fifteen minutes the name is refused
 * without its password being tried until the oldest failure is fifteen minutes old. Counted per
 * name whether or not it exists, so the refusal says nothing about who has an account; a success
 * clears the count. Per server, in memory: guessing is slowed, not recorded.
 */
@ApplicationScoped
public class LoginAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final PerClientLimit failures = new PerClientLimit(MAX_FAILURES, WINDOW);

    public boolean blocked(String username) {
        return failures.reached(key(username), Instant.now());
    }

    public void failed(String username) {
        failures.record(key(username), Instant.now());
    }

    public void succeeded(String username) {
        failures.forget(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
