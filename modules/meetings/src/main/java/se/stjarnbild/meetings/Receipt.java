package se.stjarnbild.meetings;

import java.io.Serializable;
import se.stjarnbild.model.meetings.RegistrationStatus;

/** What a registration got: a seat or a place on the waitlist, its personal token and door code. */
public record Receipt(long id, String token, String code, RegistrationStatus status, int waitlistPosition)
        implements Serializable {
}
