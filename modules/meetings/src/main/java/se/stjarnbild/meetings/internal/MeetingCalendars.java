package se.stjarnbild.meetings.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.stjarnbild.meetings.calendar.IcsWriter;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingKind;

/** The open meetings as iCalendar: cancelled ones stay in the feed, so subscribed calendars learn it. */
@Stateless
public class MeetingCalendars {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    public String openMeetingsFeed() {
        return IcsWriter.calendar(em.createQuery("select m from Meeting m left join fetch m.venue where m.kind = :open "
                + "order by m.startsAt", Meeting.class).setParameter("open", MeetingKind.OPEN_MEETING).getResultStream()
                .map(m -> MeetingCalendar.event(m, PublicAddress.meeting(m.getId()))).toList(), "Öppna möten – Stjärnbild");
    }

    public Optional<String> openMeeting(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null || meeting.getKind() != MeetingKind.OPEN_MEETING) {
            return Optional.empty();
        }
        return Optional.of(IcsWriter.invitation(MeetingCalendar.event(meeting, PublicAddress.meeting(id))));
    }
}
