package se.stjarnbild.webapp.it.browser;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The shared server's SMTP inbox, as the journeys read it. */
final class Mailbox {

    private Mailbox() {
    }

    /** Waits (up to 20 s) for a message to the address whose subject contains the words. */
    static MimeMessage await(String to, String subjectPart) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<MimeMessage> found = Arrays.stream(SharedServer.mail().getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subjectPart);
                } catch (MessagingException e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail to " + to + " about '" + subjectPart + "'");
    }
}
