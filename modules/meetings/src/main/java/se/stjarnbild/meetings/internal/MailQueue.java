package se.stjarnbild.meetings.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stjarnbild.meetings.mail.OutgoingMail;
import se.stjarnbild.model.meetings.MailMessage;
import se.stjarnbild.model.meetings.Meeting;

/** Writes a message to the outbox in the caller's transaction; it is sent after the commit. */
@ApplicationScoped
public class MailQueue {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Event<MailQueued> queued;

    public void queue(OutgoingMail mail, Meeting about) {
        MailMessage message = new MailMessage(mail.recipient(), mail.subject(), mail.body(), mail.calendar(), about);
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(message.getId()));
    }
}
