package se.stjarnbild.meetings;

import java.util.List;

/** Every e-mail the meetings have sent or would have sent, newest first. */
public interface Outbox {

    List<MailRow> page(int first, int size);

    long count();

    /** Whether SMTP is configured; without it mail stays here unsent. */
    boolean sending();

    /** Tries again to send every unsent message (after SMTP was configured or came back). */
    int retryUnsent();
}
