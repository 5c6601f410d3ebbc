package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.Instant;
import se.stjarnbild.model.meetings.RegistrationStatus;

/** A registration as staff see it on the meeting's page and at the door. */
public record RegistrationRow(long id, String name, String email, String phone, String district, String needs,
        RegistrationStatus status, String code, boolean arrived, boolean walkIn, boolean byStaff, Instant createdAt)
        implements Serializable {
}
