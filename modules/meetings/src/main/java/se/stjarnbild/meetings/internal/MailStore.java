package se.stjarnbild.meetings.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import se.stjarnbild.meetings.mail.OutgoingMail;
import se.stjarnbild.model.meetings.MailMessage;

/** The short transactions the sender needs around each message: read it, then mark it sent or failed. */
@Stateless
public class MailStore {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    /** The message to send, if it is still unsent. */
    public Optional<OutgoingMail> unsent(long id) {
        MailMessage message = em.find(MailMessage.class, id);
        return message == null || message.getSentAt() != null ? Optional.empty()
                : Optional.of(new OutgoingMail(message.getRecipient(), message.getSubject(), message.getBody(),
                        message.getCalendar()));
    }

    public void markSent(long id) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message != null) {
            message.sent(Instant.now());
        }
    }

    public void markFailed(long id, String why) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message != null) {
            message.failed(why);
        }
    }
}
