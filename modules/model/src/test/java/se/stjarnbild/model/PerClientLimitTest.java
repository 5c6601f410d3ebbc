package se.stjarnbild.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PerClientLimitTest {

    private static final Instant T0 = Instant.parse("2026-10-08T16:00:00Z");

    @Test
    void eachClientHasItsOwnAllowanceWithinTheWindow() {
        PerClientLimit limit = new PerClientLimit(2, Duration.ofHours(1));
        assertTrue(limit.allow("10.0.0.1", T0));
        assertTrue(limit.allow("10.0.0.1", T0.plusSeconds(60)));
        assertFalse(limit.allow("10.0.0.1", T0.plusSeconds(120)), "the third within the hour is refused");
        assertTrue(limit.allow("10.0.0.2", T0.plusSeconds(120)), "another client is not affected");
        assertTrue(limit.allow("10.0.0.1", T0.plus(Duration.ofMinutes(61))), "the first has left the window");
        assertFalse(limit.allow("10.0.0.1", T0.plus(Duration.ofMinutes(61))));
    }

    @Test
    void theLimitCanBeChanged() {
        PerClientLimit limit = new PerClientLimit(1, Duration.ofHours(1));
        assertTrue(limit.allow("a", T0));
        assertFalse(limit.allow("a", T0));
        limit.setLimit(3);
        assertTrue(limit.allow("a", T0));
    }

    @Test
    void failuresCanBeCountedAndForgotten() {
        PerClientLimit failures = new PerClientLimit(3, Duration.ofMinutes(15));
        for (int i = 0; i < 2; i++) {
            failures.record("anna", T0);
        }
        assertFalse(failures.reached("anna", T0), "two failures of three");
        failures.record("anna", T0);
        assertTrue(failures.reached("anna", T0.plusSeconds(60)));
        assertFalse(failures.reached("bo", T0), "someone else is not affected");
        assertFalse(failures.reached("anna", T0.plus(Duration.ofMinutes(16))), "the failures age out");
        failures.record("anna", T0);
        failures.record("anna", T0);
        failures.record("anna", T0);
        failures.forget("anna");
        assertFalse(failures.reached("anna", T0));
    }

    @Test
    void aReleasedActionGivesItsSlotBack() {
        PerClientLimit limit = new PerClientLimit(2, java.time.Duration.ofHours(1));
        java.time.Instant now = java.time.Instant.parse("2026-10-01T10:00:00Z");
        org.junit.jupiter.api.Assertions.assertTrue(limit.allow("a", now));
        limit.release("a");
        org.junit.jupiter.api.Assertions.assertTrue(limit.allow("a", now));
        org.junit.jupiter.api.Assertions.assertTrue(limit.allow("a", now));
        org.junit.jupiter.api.Assertions.assertFalse(limit.allow("a", now), "two went through: the hour is full");
        limit.release("nobody");
    }
}
