package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.Instant;

/** An e-mail in the outbox as staff see it: to whom, what, when, and whether it went. */
public record MailRow(long id, String recipient, String subject, String body, boolean calendarAttached,
        Instant createdAt, Instant sentAt, String failure) implements Serializable {
}
