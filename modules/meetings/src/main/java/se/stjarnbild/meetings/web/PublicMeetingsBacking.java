package se.stjarnbild.meetings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.stjarnbild.meetings.PublicMeeting;
import se.stjarnbild.meetings.Registrations;

/** Backs public/meetings.xhtml: the open meetings anyone may come to, with seats left. */
@Named
@RequestScoped
public class PublicMeetingsBacking {

    @Inject
    private Registrations registrations;

    private List<PublicMeeting> meetings;

    public List<PublicMeeting> getMeetings() {
        if (meetings == null) {
            meetings = registrations.upcomingOpen();
        }
        return meetings;
    }

    public String when(PublicMeeting meeting) {
        return MeetingsTexts.when(meeting.startsAt(), meeting.endsAt());
    }
}
