package se.stjarnbild.meetings.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mail goes through a real SMTP server (GreenMail, on loopback), not a mock. */
class MailSenderTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private MailSender sender() {
        return new MailSender(new MailSettings(Optional.of("127.0.0.1"), smtp.getSmtp().getPort(), Optional.empty(),
                Optional.empty(), false, "stjarnbild@krokom.example"));
    }

    @Test
    void aConfirmationArrivesInSwedishWithTheMeetingAttachedAsACalendarFile() throws Exception {
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stjärnbild//Stjärnbild//SV\r\nEND:VCALENDAR\r\n";
        sender().send(new OutgoingMail("anna@example.se", "Du är anmäld till Öppet möte i Föllinge",
                "Hej Anna!\nVälkommen den 8 oktober kl. 18:00.", calendar));
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals("Du är anmäld till Öppet möte i Föllinge", received.getSubject());
        assertEquals("stjarnbild@krokom.example", received.getFrom()[0].toString());
        assertEquals("anna@example.se", received.getAllRecipients()[0].toString());
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertEquals(2, parts.getCount());
        assertEquals("Hej Anna!\nVälkommen den 8 oktober kl. 18:00.", text(parts.getBodyPart(0)).replace("\r\n", "\n"));
        BodyPart ics = parts.getBodyPart(1);
        assertTrue(ics.getContentType().startsWith("text/calendar"), ics.getContentType());
        assertEquals("mote.ics", ics.getFileName());
        assertEquals(calendar, new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aMessageWithoutCalendarIsPlainTextAndABadAddressIsRefused() throws Exception {
        sender().send(new OutgoingMail("bo@example.se", "Du har fått en plats", "Någon avanmälde sig.", null));
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        assertEquals("Någon avanmälde sig.", text(smtp.getReceivedMessages()[0]).trim());
        assertThrows(MessagingException.class,
                () -> sender().send(new OutgoingMail("inte en adress", "x", "y", null)));
        assertEquals(1, smtp.getReceivedMessages().length, "nothing sent for the bad address");
    }

    private static String text(jakarta.mail.Part part) throws IOException, MessagingException {
        return (String) part.getContent();
    }
}
