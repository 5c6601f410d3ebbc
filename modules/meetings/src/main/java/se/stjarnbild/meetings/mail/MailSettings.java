package se.stjarnbild.meetings.mail;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * How to reach the SMTP server, from configuration (STJARNBILD_SMTP_HOST, _PORT, _USER,
 * _PASSWORD, _STARTTLS, STJARNBILD_MAIL_FROM). Without a host nothing is sent: the outbox keeps
 * every message for staff to see.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
        boolean startTls, String from) {

    public static MailSettings from(Config config) {
        return new MailSettings(
                config.getOptionalValue("stjarnbild.smtp.host", String.class).filter(h -> !h.isBlank()),
                config.getOptionalValue("stjarnbild.smtp.port", Integer.class).orElse(25),
                config.getOptionalValue("stjarnbild.smtp.user", String.class).filter(u -> !u.isBlank()),
                config.getOptionalValue("stjarnbild.smtp.password", String.class),
                config.getOptionalValue("stjarnbild.smtp.starttls", Boolean.class).orElse(false),
                config.getOptionalValue("stjarnbild.mail.from", String.class).orElse("stjarnbild@localhost"));
    }

    public boolean sends() {
        return host.isPresent();
    }
}
