package se.stjarnbild.meetings.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.stjarnbild.meetings.MailRow;
import se.stjarnbild.meetings.Outbox;
import se.stjarnbild.model.meetings.MailMessage;

/** The outbox on JPA: what was sent, what waits, what failed. */
@Stateless
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private MailDelivery delivery;

    @Override
    public List<MailRow> page(int first, int size) {
        return em.createQuery("select m from MailMessage m order by m.createdAt desc, m.id desc", MailMessage.class)
                .setFirstResult(first).setMaxResults(size).getResultStream()
                .map(m -> new MailRow(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getCalendar() != null,
                        m.getCreatedAt(), m.getSentAt(), m.getFailure()))
                .toList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(m) from MailMessage m", Long.class).getSingleResult();
    }

    @Override
    public boolean sending() {
        return delivery.sending();
    }

    @Override
    public int retryUnsent() {
        List<Long> unsent = em.createQuery("select m.id from MailMessage m where m.sentAt is null order by m.id", Long.class)
                .getResultList();
        unsent.forEach(delivery::sendLater);
        return unsent.size();
    }
}
