package se.stjarnbild.dialogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import se.stjarnbild.model.PerClientLimit;

/**
 * New device tokens for live reactions per client address and hour
 * (STJARNBILD_LIVE_DEVICES_PER_HOUR, default 1000). A device answers once per star, so a script
 * could only flood a presentation by fetching new tokens; a hall of phones behind one network
 * address stays far below the default.
 */
@ApplicationScoped
public class LiveDeviceThrottle {

    private final PerClientLimit limit = new PerClientLimit(1_000, Duration.ofHours(1));

    @PostConstruct
    void configure() {
        limit.setLimit(ConfigProvider.getConfig(LiveDeviceThrottle.class.getClassLoader())
                .getOptionalValue("stjarnbild.live.devices.per.hour", Integer.class).filter(l -> l > 0).orElse(1_000));
    }

    public boolean allow(String client, Instant now) {
        return limit.allow(client, now);
    }
}
