package se.stjarnbild.meetings.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import se.stjarnbild.model.PerClientLimit;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits public registrations per client address and hour (STJARNBILD_REGISTRATION_LIMIT_PER_HOUR,
 * default 20), so that a script cannot take every seat or have the municipality mail strangers.
 * Kept in memory per server: a restart forgets, which costs an abuser little but nobody else anything.
 */
@ApplicationScoped
public class RegistrationThrottle {

    private final PerClientLimit limit = new PerClientLimit(20, Duration.ofHours(1));

    @PostConstruct
    void configure() {
        limitPerHour(ConfigProvider.getConfig(RegistrationThrottle.class.getClassLoader())
                .getOptionalValue("stjarnbild.registration.limit.per.hour", Integer.class).filter(l -> l > 0).orElse(20));
    }

    void limitPerHour(int registrations) {
        limit.setLimit(registrations);
    }

    /** True when the client may register now (and counts it); false when it has reached the hour's limit. */
    public boolean allow(String client, Instant now) {
        return limit.allow(client, now);
    }

    /** Gives back the slot {@link #allow} took, for a registration that was refused. */
    public void release(String client) {
        limit.release(client);
    }
}
