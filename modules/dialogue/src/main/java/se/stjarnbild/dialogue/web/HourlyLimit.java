package se.stjarnbild.dialogue.web;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import se.stjarnbild.model.PerClientLimit;

/** A per-client limit an hour for a public form, its number read from the configuration at start. */
abstract class HourlyLimit {

    private final PerClientLimit limit;

    HourlyLimit(String setting, int fallback) {
        int configured = ConfigProvider.getConfig(HourlyLimit.class.getClassLoader())
                .getOptionalValue(setting, Integer.class).filter(l -> l > 0).orElse(fallback);
        limit = new PerClientLimit(configured, Duration.ofHours(1));
    }

    /** True when the client may act now (and counts it). */
    public boolean allow(String client, Instant now) {
        return limit.allow(client, now);
    }

    /** Gives back the slot {@link #allow} took, for an action that was refused. */
    public void release(String client) {
        limit.release(client);
    }
}
