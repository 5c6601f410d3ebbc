package se.stjarnbild.model.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.PersonalData;
import se.stjarnbild.model.audit.Secret;

/**
 * An e-mail, written in the same transaction as what caused it (so none is lost or sent for a
 * change that was rolled back) and sent after the commit. Without SMTP settings it stays unsent,
 * and staff see what would have been sent.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage extends BaseEntity {

    @PersonalData
    @NotBlank
    @Size(max = 254)
    @Column(name = "recipient", nullable = false)
    private String recipient;

    @NotBlank
    @Size(max = 300)
    @Column(name = "subject", nullable = false)
    private String subject;

    @Secret
    @NotBlank
    @Size(max = 8000)
    @Column(name = "body", nullable = false, length = 8000)
    private String body;

    /** An iCalendar attachment, or null: room for a 4,000-character description escaped, plus the time zone. */
    @Secret
    @Size(max = 16000)
    @Column(name = "calendar", length = 16000)
    private String calendar;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "sent_at")
    private Instant sentAt;

    @Size(max = 1000)
    @Column(name = "failure")
    private String failure;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String subject, String body, String calendar, Meeting meeting) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.calendar = calendar;
        this.meeting = meeting;
    }

    public void sent(Instant when) {
        sentAt = when;
        failure = null;
    }

    public void failed(String why) {
        failure = why == null ? "?" : why.substring(0, Math.min(why.length(), 1000));
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getCalendar() {
        return calendar;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getFailure() {
        return failure;
    }
}
