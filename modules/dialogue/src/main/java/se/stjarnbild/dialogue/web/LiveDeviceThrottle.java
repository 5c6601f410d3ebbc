package se.stjarnbild.dialogue.web;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * New device tokens for live reactions per client address and hour
 * (STJARNBILD_LIVE_DEVICES_PER_HOUR, default 1000). A device answers once per star, so a script
 * could only flood a presentation by fetching new tokens; a hall of phones behind one network
 * address stays far below the default.
 */
@ApplicationScoped
public class LiveDeviceThrottle extends HourlyLimit {

    public LiveDeviceThrottle() {
        super("stjarnbild.live.devices.per.hour", 1_000);
    }
}
