package se.stjarnbild.webapp.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingKind;
import se.stjarnbild.model.meetings.Venue;
import se.stjarnbild.model.users.AppUser;

/** The demo venues and meetings, organised by the demo organiser; part of the one demo load. */
final class DemoMeetings {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private DemoMeetings() {
    }

    static void load(EntityManager em, int year) {
        AppUser organiser = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", "organisator").getResultStream().findFirst().orElse(null);
        Map<String, Venue> venues = new HashMap<>();
        for (DemoCatalog.VenueFact fact : DemoCatalog.venues()) {
            Venue venue = new Venue(fact.name(), fact.address(), fact.capacity());
            venue.setDistrict(em.createQuery("select d from District d where d.code = :code", District.class)
                    .setParameter("code", fact.districtCode()).getSingleResult());
            venue.setStepFree(fact.stepFree());
            venue.setHearingLoop(fact.hearingLoop());
            em.persist(venue);
            venues.put(fact.name(), venue);
        }
        for (DemoCatalog.MeetingFact fact : DemoCatalog.meetings()) {
            persist(em, fact, LocalDate.of(year, fact.month(), fact.day()), venues, organiser);
        }
        upcomingExampleDay(LocalDate.now(ZONE), year).ifPresent(day ->
                persist(em, DemoCatalog.upcomingExampleMeeting(), day, venues, organiser));
    }

    private static void persist(EntityManager em, DemoCatalog.MeetingFact fact, LocalDate day, Map<String, Venue> venues,
            AppUser organiser) {
        Meeting meeting = new Meeting(fact.kind(), fact.title(), day.atTime(fact.start()).atZone(ZONE).toInstant(),
                day.atTime(fact.end()).atZone(ZONE).toInstant());
        meeting.setDescription(fact.description());
        meeting.setVenue(venues.get(fact.venue()));
        if (organiser != null) {
            meeting.getOrganisers().add(organiser);
        }
        em.persist(meeting);
    }

    /**
     * The campaign's own open meetings are in October; started later than that, the demo would have no open
     * meeting to register for. An example meeting two weeks ahead lets registration be tried at any date;
     * none while one of the campaign's is still ahead.
     */
    static Optional<LocalDate> upcomingExampleDay(LocalDate today, int year) {
        LocalDate lastOpenMeeting = DemoCatalog.meetings().stream()
                .filter(m -> m.kind() == MeetingKind.OPEN_MEETING)
                .map(m -> LocalDate.of(year, m.month(), m.day()))
                .max(LocalDate::compareTo).orElseThrow();
        return today.isAfter(lastOpenMeeting) ? Optional.of(today.plusWeeks(2)) : Optional.empty();
    }
}
