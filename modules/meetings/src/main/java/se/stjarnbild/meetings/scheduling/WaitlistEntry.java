package se.stjarnbild.meetings.scheduling;

import java.time.Instant;
import java.util.Objects;
import se.stjarnbild.model.meetings.RegistrationStatus;

/**
 * A registration as the seat rules see it: only what decides who gets a seat.
 *
 * @param createdAt when the registration was made; decides the place in line, first come first served
 */
public record WaitlistEntry(long registrationId, RegistrationStatus status, Instant createdAt) {

    public WaitlistEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
