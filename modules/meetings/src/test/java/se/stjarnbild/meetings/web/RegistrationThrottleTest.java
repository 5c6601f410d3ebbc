package se.stjarnbild.meetings.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

    @Test
    void aClientGetsTwentyAnHourAndOthersAreNotAffected() {
        RegistrationThrottle throttle = new RegistrationThrottle();
        throttle.limitPerHour(20);
        Instant now = Instant.parse("2026-10-01T10:00:00Z");
        for (int i = 0; i < 20; i++) {
            assertTrue(throttle.allow("10.0.0.1", now.plusSeconds(i)), "registration " + (i + 1));
        }
        assertFalse(throttle.allow("10.0.0.1", now.plusSeconds(30)), "the 21st within the hour");
        assertTrue(throttle.allow("10.0.0.2", now.plusSeconds(30)), "another address is not held back");
        assertTrue(throttle.allow("10.0.0.1", now.plus(Duration.ofHours(1)).plusSeconds(1)), "an hour after the first");
    }

    @Test
    void aRefusedRegistrationGivesItsSlotBack() {
        RegistrationThrottle throttle = new RegistrationThrottle();
        throttle.limitPerHour(2);
        Instant now = Instant.parse("2026-10-01T10:00:00Z");
        for (int refused = 0; refused < 5; refused++) {
            assertTrue(throttle.allow("10.0.0.1", now), "a form refused for a typo is not counted");
            throttle.release("10.0.0.1");
        }
        assertTrue(throttle.allow("10.0.0.1", now));
        assertTrue(throttle.allow("10.0.0.1", now.plusSeconds(1)));
        assertFalse(throttle.allow("10.0.0.1", now.plusSeconds(2)), "two registrations that went in fill the hour");
    }
}
