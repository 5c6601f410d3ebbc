package se.stjarnbild.meetings;

/**
 * The meetings module's mail sending, for other modules: a plain-text message joins the outbox
 * in the caller's transaction and is sent after the commit (or stays unsent, visible in the
 * outbox, when SMTP is not configured).
 */
public interface Mailer {

    void queue(String recipient, String subject, String body);

    /** Removes every message to an address, sent or not: for a person whose data is erased. */
    int forget(String recipient);
}
