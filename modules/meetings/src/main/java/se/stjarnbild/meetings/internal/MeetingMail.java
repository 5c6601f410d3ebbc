package se.stjarnbild.meetings.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import se.stjarnbild.meetings.calendar.IcsWriter;
import se.stjarnbild.meetings.mail.OutgoingMail;
import se.stjarnbild.meetings.scheduling.MeetingTime;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.Registration;

/**
 * The e-mail a registration brings, in Swedish (the public pages' language): a confirmation or a
 * waitlist notice with the meeting as a calendar file, a promotion, a cancellation. Each carries
 * the person's own link, to see or cancel their registration. Registrations without an e-mail
 * address (taken by phone) get none.
 */
@ApplicationScoped
public class MeetingMail {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", SWEDISH);

    @Inject
    private MailQueue queue;

    void confirmed(Registration r) {
        send(r, "mail.confirmed", true);
    }

    void waitlisted(Registration r) {
        send(r, "mail.waitlisted", false);
    }

    void promoted(Registration r) {
        send(r, "mail.promoted", true);
    }

    void cancelled(Registration r) {
        send(r, "mail.cancelled", false);
    }

    void reminder(Registration r) {
        send(r, "mail.reminder", false);
    }

    void meetingChanged(Registration r) {
        send(r, "mail.meetingChanged", true);
    }

    void meetingCancelled(Registration r) {
        send(r, "mail.meetingCancelled", true);
    }

    private void send(Registration r, String key, boolean withCalendar) {
        if (r.getEmail() == null) {
            return;
        }
        Meeting m = r.getMeeting();
        ResourceBundle texts = ResourceBundle.getBundle("se.stjarnbild.meetings.web.messages", SWEDISH,
                MeetingMail.class.getClassLoader());
        Object[] args = {r.getName(), m.getTitle(), when(m), where(m), r.getCode(), PublicAddress.registration(r.getToken())};
        String subject = new MessageFormat(texts.getString(key + ".subject"), SWEDISH).format(args);
        String body = new MessageFormat(texts.getString(key + ".body"), SWEDISH).format(args);
        String calendar = withCalendar ? IcsWriter.invitation(MeetingCalendar.event(m, PublicAddress.meeting(m.getId()))) : null;
        queue.queue(new OutgoingMail(r.getEmail(), subject, body, calendar), m);
    }

    /** "torsdag 8 oktober 2026 kl. 18:00–20:30". */
    static String when(Meeting m) {
        ZonedDateTime start = m.getStartsAt().atZone(MeetingTime.ZONE);
        ZonedDateTime end = m.getEndsAt().atZone(MeetingTime.ZONE);
        return DAY.format(start) + " kl. " + TIME.format(start) + "–" + TIME.format(end);
    }

    static String where(Meeting m) {
        if (m.getVenue() != null) {
            return m.getVenue().getName() + ", " + m.getVenue().getAddress();
        }
        return m.getOnlineLink() == null ? "" : m.getOnlineLink();
    }
}
