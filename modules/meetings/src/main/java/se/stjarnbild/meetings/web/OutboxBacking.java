package se.stjarnbild.meetings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.stjarnbild.meetings.MailRow;
import se.stjarnbild.meetings.Outbox;

/** Backs meetings/outbox.xhtml: what was sent, what waits (no SMTP configured) and what failed. */
@Named
@RequestScoped
public class OutboxBacking {

    static final int SHOWN = 100;

    @Inject
    private Outbox outbox;

    private List<MailRow> rows;

    public List<MailRow> getRows() {
        if (rows == null) {
            rows = outbox.page(0, SHOWN);
        }
        return rows;
    }

    public long getCount() {
        return outbox.count();
    }

    public boolean isSending() {
        return outbox.sending();
    }

    public void retry() {
        MeetingsTexts.flashInfo("outbox.retried", outbox.retryUnsent());
    }
}
