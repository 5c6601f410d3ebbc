package se.stjarnbild.meetings.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.stjarnbild.meetings.calendar.IcsWriter;
import se.stjarnbild.meetings.mail.OutgoingMail;
import se.stjarnbild.model.campaign.Municipality;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.Registration;

/**
 * The e-mail a registration brings, in the language the person registered in: a confirmation or a
 * waitlist notice with the meeting as a calendar file, a promotion, a cancellation. Each carries
 * the person's own link, to see or cancel their registration. Registrations without an e-mail
 * address (taken by phone) get none.
 */
@ApplicationScoped
public class MeetingMail {

    @Inject
    private MailQueue queue;

    @Inject
    private Municipality municipality;

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

    void meetingChangedWaitlisted(Registration r) {
        send(r, "mail.meetingChangedWaitlisted", false);
    }

    void meetingCancelled(Registration r) {
        send(r, "mail.meetingCancelled", true);
    }

    private void send(Registration r, String key, boolean withCalendar) {
        if (r.getEmail() == null) {
            return;
        }
        Meeting m = r.getMeeting();
        MailText text = MailText.compose(MailText.localeOf(r.getLanguage()), key, r.getName(), m.getTitle(),
                m.getStartsAt(), m.getEndsAt(), where(m), r.getCode(), PublicAddress.registration(r.getToken(), r.getLanguage()),
                municipality.getName());
        String calendar = withCalendar ? IcsWriter.invitation(MeetingCalendar.event(m, PublicAddress.meeting(m.getId()))) : null;
        queue.queue(new OutgoingMail(r.getEmail(), text.subject(), text.body(), calendar), m);
    }

    static String where(Meeting m) {
        if (m.getVenue() != null) {
            return m.getVenue().getName() + ", " + m.getVenue().getAddress();
        }
        return m.getOnlineLink() == null ? "" : m.getOnlineLink();
    }
}
