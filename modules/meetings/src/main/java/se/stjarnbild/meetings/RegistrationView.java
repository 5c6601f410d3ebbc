package se.stjarnbild.meetings;

import java.io.Serializable;
import se.stjarnbild.model.meetings.RegistrationStatus;

/** A person's own registration, as their personal link shows it. */
public record RegistrationView(PublicMeeting meeting, String name, String code, RegistrationStatus status,
        int waitlistPosition) implements Serializable {
}
