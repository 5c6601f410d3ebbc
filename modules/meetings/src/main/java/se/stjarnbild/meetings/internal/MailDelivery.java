package se.stjarnbild.meetings.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import se.stjarnbild.meetings.mail.MailSender;
import se.stjarnbild.meetings.mail.MailSettings;

/**
 * Sends each queued message once its transaction has committed, away from the person's request.
 * A failure is recorded on the message (staff see it and can retry); nothing is lost.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private MailStore outbox;

    private MailSettings settings;
    private MailSender sender;

    @PostConstruct
    void configure() {
        settings = MailSettings.from(ConfigProvider.getConfig(MailDelivery.class.getClassLoader()));
        sender = new MailSender(settings);
        if (!settings.sends()) {
            LOG.info("No SMTP host configured (STJARNBILD_SMTP_HOST): e-mail stays in the outbox, unsent");
        }
    }

    boolean sending() {
        return settings.sends();
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued message) {
        sendLater(message.id());
    }

    void sendLater(long id) {
        if (settings.sends()) {
            executor.submit(() -> send(id));
        }
    }

    private void send(long id) {
        outbox.unsent(id).ifPresent(mail -> {
            try {
                sender.send(mail);
                outbox.markSent(id);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Sending mail " + id + " failed; it stays in the outbox", e);
                outbox.markFailed(id, e.getMessage());
            }
        });
    }
}
