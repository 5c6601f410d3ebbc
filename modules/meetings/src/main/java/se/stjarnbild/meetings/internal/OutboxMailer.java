package se.stjarnbild.meetings.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stjarnbild.meetings.Mailer;
import se.stjarnbild.meetings.mail.OutgoingMail;

/** Mail from other modules goes through the same outbox as the meetings' own, about no meeting. */
@ApplicationScoped
public class OutboxMailer implements Mailer {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private MailQueue queue;

    @Override
    public void queue(String recipient, String subject, String body) {
        queue.queue(new OutgoingMail(recipient, subject, body, null), null);
    }

    @Override
    public int forget(String recipient) {
        return em.createQuery("delete from MailMessage m where lower(m.recipient) = :recipient")
                .setParameter("recipient", recipient.toLowerCase(java.util.Locale.ROOT))
                .executeUpdate();
    }
}
