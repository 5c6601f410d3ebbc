package se.stjarnbild.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stjarnbild.meetings.MeetingInput;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.Receipt;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.RegistrationInput;
import se.stjarnbild.meetings.RegistrationRow;
import se.stjarnbild.meetings.Registrations;
import se.stjarnbild.meetings.VenueInput;
import se.stjarnbild.meetings.Venues;
import se.stjarnbild.model.meetings.MeetingKind;
import se.stjarnbild.model.meetings.RegistrationStatus;

/**
 * The meetings module in the container: many people registering at once never oversell a
 * meeting, cancellations promote the waitlist in order, conflicts need a kept reason, and every
 * bad input is refused with nothing changed. Deploys the WAR as built.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsIT {

    private static final int SEATS = 30;
    private static final int PEOPLE = 200;

    @Deployment
    static WebArchive deployment() {
        return ProductWar.asBuilt();
    }

    @Inject
    private Meetings meetings;

    @Inject
    private Registrations registrations;

    @Inject
    private Venues venues;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private se.stjarnbild.meetings.DatePolls polls;

    @Inject
    private se.stjarnbild.referencegroups.Members members;

    @Inject
    private se.stjarnbild.webapp.users.UserService users;

    private Long organiser;

    /** An organiser of this test's own, so its meetings never clash with those of other tests or earlier runs. */
    private long organiser() {
        if (organiser == null) {
            String name = "IT Organisatör " + Long.toString(System.nanoTime(), 36);
            users.createIfMissing("it-org-" + Long.toString(System.nanoTime(), 36), name, "it-organisator-lösenord-2026",
                    Set.of(se.stjarnbild.model.users.Role.ORGANISER));
            organiser = meetings.organisers().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
        }
        return organiser;
    }

    private MeetingInput meeting(String title, LocalDate day, LocalTime start, LocalTime end, Long venueId, Integer seats,
            String reason) {
        return new MeetingInput(MeetingKind.OPEN_MEETING, title, "Kom och berätta vad som är unikt.", day, start, end,
                venueId, null, seats, Set.of(organiser()), Set.of(), List.of("Välkommen", "Stjärnbilden hittills"),
                "Fika finns", 24, reason);
    }

    private long venue(String name, int capacity) {
        return venues.save(null, 0, new VenueInput(name, "Storgatan 1, Föllinge", null, capacity, true, true, null, null));
    }

    /** Seats left as the public list of open meetings shows them (counted for all listed meetings at once). */
    private int seatsLeftInPublicList(long meetingId) {
        return registrations.upcomingOpen().stream().filter(m -> m.id() == meetingId).findFirst().orElseThrow().seatsLeft();
    }

    @Test
    void manyPeopleRegisteringAtOnceNeverOversellAndCancellationsPromoteInOrder() throws Exception {
        LocalDate day = LocalDate.now().plusMonths(2);
        long venue = venue("IT Samlingslokal " + System.nanoTime(), 500);
        long id = meetings.save(null, 0, meeting("IT Öppet möte, rusning", day, LocalTime.of(18, 0), LocalTime.of(20, 30),
                venue, SEATS, null));
        assertEquals(SEATS, seatsLeftInPublicList(id), "an empty meeting shows all its seats");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Receipt>> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                int n = i;
                people.add(() -> registrations.register(id, new RegistrationInput("Person " + n, "person" + n + "@example.se",
                        null, null, null, true)));
            }
            List<Receipt> receipts = new ArrayList<>();
            for (Future<Receipt> future : pool.invokeAll(people)) {
                receipts.add(future.get());
            }
            assertEquals(SEATS, receipts.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count(),
                    "exactly the seats, never more");
            assertEquals(PEOPLE - SEATS, receipts.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count());
            List<RegistrationRow> rows = registrations.of(id);
            List<RegistrationRow> waiting = rows.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).toList();
            assertEquals(PEOPLE - SEATS, waiting.size());
            assertEquals(rows.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count(), SEATS);

            // Five of those with a seat cancel at once by their own links: the first five waiting move up.
            List<String> cancelling = receipts.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                    .limit(5).map(Receipt::token).toList();
            List<Callable<Void>> cancellations = cancelling.stream().<Callable<Void>>map(token -> () -> {
                registrations.cancel(token);
                return null;
            }).toList();
            for (Future<Void> future : pool.invokeAll(cancellations)) {
                future.get();
            }
            List<RegistrationRow> after = registrations.of(id);
            assertEquals(SEATS, after.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count(),
                    "no seat stays free while someone waits");
            List<Long> promoted = waiting.subList(0, 5).stream().map(RegistrationRow::id).toList();
            assertEquals(5, after.stream().filter(r -> promoted.contains(r.id()))
                    .filter(r -> r.status() == RegistrationStatus.CONFIRMED).count(), "the first five in line got the seats");
            assertEquals(RegistrationStatus.WAITLISTED, after.stream().filter(r -> r.id() == waiting.get(5).id()).findFirst()
                    .orElseThrow().status(), "the sixth still waits");
            assertEquals(1, registrations.byToken(receipts.stream().filter(r -> r.id() == waiting.get(5).id()).findFirst()
                    .orElseThrow().token()).orElseThrow().waitlistPosition(), "and is now first in line");

            // More seats promote the next in line; fewer than those already seated is refused.
            long version = meetings.find(id).orElseThrow().version();
            meetings.save(id, version, meeting("IT Öppet möte, rusning", day, LocalTime.of(18, 0), LocalTime.of(20, 30),
                    venue, SEATS + 10, null));
            assertEquals(SEATS + 10, registrations.of(id).stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count());
            assertEquals(0, seatsLeftInPublicList(id), "ten more seats went to those waiting");
            assertEquals(0, registrations.publicMeeting(id).orElseThrow().seatsLeft());
            long current = meetings.find(id).orElseThrow().version();
            RefusedException fewer = assertThrows(RefusedException.class, () -> meetings.save(id, current,
                    meeting("IT Öppet möte, rusning", day, LocalTime.of(18, 0), LocalTime.of(20, 30), venue, SEATS, null)));
            assertEquals("registration.capacity.belowConfirmed", fewer.problems().get(0).messageKey());
            assertEquals(SEATS + 10, meetings.find(id).orElseThrow().input().capacity(), "nothing changed");

            long mails = em.createQuery("select count(m) from MailMessage m where m.meeting.id = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            assertEquals(PEOPLE + 5 + 5 + 10, mails, "a confirmation or waitlist notice each, 5 cancellations, 15 promotions");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsRefusedWithItsFieldAndChangesNothing() {
        LocalDate day = LocalDate.now().plusMonths(3);
        long venue = venue("IT Bygdegård " + System.nanoTime(), 2);
        long id = meetings.save(null, 0, meeting("IT Möte för fel", day, LocalTime.of(18, 0), LocalTime.of(20, 0), venue, null, null));

        assertRefused("end", "meeting.end.notAfterStart", () -> meetings.save(null, 0,
                meeting("IT Baklänges", day, LocalTime.of(20, 0), LocalTime.of(18, 0), venue, null, null)));
        assertRefused("start", "meeting.time.doesNotExist", () -> meetings.save(null, 0,
                meeting("IT Sommartid", LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), LocalTime.of(4, 0), venue, null, null)));
        assertRefused("overrideReason", "meeting.conflicts.reasonRequired", () -> meetings.save(null, 0,
                meeting("IT Dubbelbokat", day, LocalTime.of(19, 0), LocalTime.of(21, 0), venue, null, null)));
        long kept = meetings.save(null, 0, meeting("IT Dubbelbokat", day, LocalTime.of(19, 0), LocalTime.of(21, 0), venue, null,
                "Stora salen och lilla salen används samtidigt"));
        assertEquals("Stora salen och lilla salen används samtidigt", meetings.find(kept).orElseThrow().overrideReason());
        assertFalse(meetings.conflicts(kept, meetings.find(kept).orElseThrow().input()).isEmpty(), "the conflict is still shown");

        assertRefused("email", "registration.email.invalid", () -> registrations.register(id,
                new RegistrationInput("Anna", "anna(at)example", null, null, null, true)));
        assertRefused("name", "registration.name.markup", () -> registrations.register(id,
                new RegistrationInput("<script>alert(1)</script>Anna", "anna@example.se", null, null, null, true)));
        assertRefused("consent", "registration.consent.required", () -> registrations.register(id,
                new RegistrationInput("Anna", "anna@example.se", null, null, null, false)));
        registrations.register(id, new RegistrationInput("Anna", "anna@example.se", null, null, null, true));
        assertRefused("email", "registration.email.duplicate", () -> registrations.register(id,
                new RegistrationInput("Anna igen", " ANNA@example.se ", null, null, null, true)));
        assertEquals(1, registrations.of(id).size(), "only the one good registration");

        assertTrue(registrations.byToken("A".repeat(43)).isEmpty(), "a forged token shows nothing");
        assertTrue(registrations.byToken("' or 1=1 --").isEmpty());
        assertRefused("", "registration.token.unknown", () -> registrations.cancel("B".repeat(43)));

        meetings.cancel(id);
        assertRefused("", "registration.meeting.cancelled", () -> registrations.register(id,
                new RegistrationInput("Bo", "bo@example.se", null, null, null, true)));
        assertEquals(RegistrationStatus.CONFIRMED, registrations.of(id).get(0).status(), "cancelling the meeting keeps the rows");
    }

    @Inject
    private se.stjarnbild.meetings.internal.Reminders reminders;

    @Test
    void remindersGoOnceEachMeetingsOwnNumberOfHoursBefore() {
        java.time.ZonedDateTime soon = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(1)
                .withHour(12).withMinute(0).withSecond(0).withNano(0);
        long venue = venue("IT Påminnelselokal " + System.nanoTime(), 10);
        MeetingInput in = meeting("IT Påminnelse", soon.toLocalDate(), LocalTime.of(12, 0), LocalTime.of(13, 0), venue, null, null);
        long id = meetings.save(null, 0, new MeetingInput(in.kind(), in.title(), in.description(), in.date(), in.start(),
                in.end(), in.venueId(), null, null, in.organiserIds(), in.groupIds(), in.agenda(), in.serviceNotes(), 6, null));
        registrations.register(id, new RegistrationInput("Påminda Petra", "petra@example.se", null, null, null, true));
        java.time.Instant start = soon.toInstant();
        reminders.remindDue(start.minus(java.time.Duration.ofHours(7)));
        assertEquals(0, reminderMails(id), "seven hours before: not yet (the meeting says six)");
        reminders.remindDue(start.minus(java.time.Duration.ofHours(6)));
        assertEquals(1, reminderMails(id));
        reminders.remindDue(start.minus(java.time.Duration.ofHours(5)));
        assertEquals(1, reminderMails(id), "once only");
    }

    @Test
    void venueSeatsWalkInsAndAMovedMeetingKeepTheWaitlistHonest() {
        LocalDate day = LocalDate.now().plusDays(20);
        long venue = venue("IT Liten lokal " + System.nanoTime(), 1);
        long id = meetings.save(null, 0, meeting("IT Ett säte", day, LocalTime.of(10, 0), LocalTime.of(11, 0), venue, null, null));
        registrations.walkIn(id, "Walter Walk-in");
        assertEquals(RegistrationStatus.CONFIRMED, registrations.register(id,
                new RegistrationInput("Först", "forst@example.se", null, null, null, true)).status(), "a walk-in takes no seat");
        Receipt second = registrations.register(id, new RegistrationInput("Andra", "andra@example.se", null, null, null, true));
        assertEquals(RegistrationStatus.WAITLISTED, second.status());
        assertEquals(1, meetings.find(id).orElseThrow().confirmed(), "the seat count shows 1 of 1, not the walk-in as a second seat");

        se.stjarnbild.meetings.VenueRow row = venues.list().stream().filter(v -> v.id() == venue).findFirst().orElseThrow();
        venues.save(venue, row.version(), new VenueInput(row.name(), row.address(), null, 2, true, true, null, null));
        assertEquals(RegistrationStatus.CONFIRMED, registrations.byToken(second.token()).orElseThrow().status(),
                "more seats at the venue promote the meeting's waitlist");
        se.stjarnbild.meetings.VenueRow larger = venues.list().stream().filter(v -> v.id() == venue).findFirst().orElseThrow();
        RefusedException fewer = assertThrows(RefusedException.class, () -> venues.save(venue, larger.version(),
                new VenueInput(larger.name(), larger.address(), null, 1, true, true, null, null)));
        assertEquals("registration.capacity.belowConfirmed", fewer.problems().get(0).messageKey());

        long version = meetings.find(id).orElseThrow().version();
        meetings.save(id, version, meeting("IT Ett säte", day, LocalTime.of(13, 0), LocalTime.of(14, 0), venue, null, null));
        assertEquals(2L, em.createQuery("select count(m) from MailMessage m where m.meeting.id = :id and m.subject like 'Ändrat%'",
                Long.class).setParameter("id", id).getSingleResult(), "both seated are told of the new time (the walk-in has no address)");
    }

    @Inject
    private se.stjarnbild.dialogue.Quotes quotes;

    @Test
    void whatWasSaidInTheRoomBecomesQuotesOfTheMeetingAndItsDistrict() {
        long district = meetings.districts().stream().filter(d -> d.name().equals("Hotagen")).findFirst().orElseThrow().id();
        long venue = venues.save(null, 0, new VenueInput("IT Bygdegården " + System.nanoTime(), "Hotagen", district, 40,
                true, false, null, null));
        long id = meetings.save(null, 0, meeting("IT Öppet möte med bidrag", LocalDate.now().plusDays(50),
                LocalTime.of(18, 0), LocalTime.of(20, 0), venue, null, null));
        se.stjarnbild.dialogue.QuoteFilter fromMeetings = new se.stjarnbild.dialogue.QuoteFilter(district,
                se.stjarnbild.model.dialogue.QuoteSource.MEETING, null, "Älven är vår stolthet", null, null, null);
        long before = quotes.count(fromMeetings);
        meetings.addContribution(id, "Älven  är <b>vår</b> stolthet");
        assertEquals(List.of("Älven är vår stolthet"), meetings.contributions(id), "markup and extra spaces removed");
        assertEquals(before + 1, quotes.count(fromMeetings), "a quote in the dialogue, source meeting, in the venue's district");
        assertRefused("contribution", "meeting.contribution.required", () -> meetings.addContribution(id, " <p></p> "));
        assertEquals(1, meetings.contributions(id).size(), "nothing saved for an empty contribution");

        meetings.recordAfterwards(id, 37, "Första stycket.\n<script>x</script>Andra stycket.");
        assertEquals(new Meetings.Afterwards(37, "Första stycket.\nAndra stycket."), meetings.afterwards(id));
        assertRefused("attendance", "meeting.attendance.invalid", () -> meetings.recordAfterwards(id, -1, null));
        assertEquals(37, meetings.afterwards(id).attendance(), "nothing changed");

        long held = meetings.save(null, 0, meeting("IT Mötet som var", LocalDate.now().minusDays(3),
                LocalTime.of(18, 0), LocalTime.of(20, 0), venue, null, null));
        assertRefused("", "meeting.cancel.past", () -> meetings.cancel(held));
        assertNotEquals(se.stjarnbild.model.meetings.MeetingStatus.CANCELLED, meetings.find(held).orElseThrow().status(),
                "a meeting that took place is not called off afterwards");
    }

    @Inject
    private se.stjarnbild.meetings.internal.RegistrationRetention retention;

    @Test
    void registrantsPersonalDataGoesAfterTheRetentionPeriodAndTheCountsStay() {
        LocalDate day = LocalDate.now().plusDays(10);
        long venue = venue("IT Gallringslokal " + System.nanoTime(), 1);
        long id = meetings.save(null, 0, meeting("IT Gallring", day, LocalTime.of(18, 0), LocalTime.of(19, 0), venue, null, null));
        registrations.register(id, new RegistrationInput("Gunnar Gallrad", "gunnar@example.se", "070-1234567", null,
                "Hörslinga", true));
        registrations.register(id, new RegistrationInput("Vera Väntar", "vera@example.se", null, null, null, true));
        java.time.Instant end = day.atTime(19, 0).atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant();
        retention.removeExpired(end.plus(java.time.Duration.ofDays(29)));
        assertEquals("Gunnar Gallrad", registrations.of(id).get(0).name(), "kept within the retention period");
        assertTrue(retention.removeExpired(end.plus(java.time.Duration.ofDays(31))) >= 2);
        List<RegistrationRow> rows = registrations.of(id);
        assertEquals(2, rows.size(), "the rows stay, so the counts stay");
        assertTrue(rows.stream().allMatch(r -> r.name().equals("(borttagen)") && r.email() == null && r.phone() == null
                && r.needs() == null), rows.toString());
        assertEquals(1, rows.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count());
        assertEquals(1, meetings.find(id).orElseThrow().waitlisted());
        assertEquals(0L, em.createQuery("select count(m) from MailMessage m where m.meeting.id = :id", Long.class)
                .setParameter("id", id).getSingleResult(), "the e-mail naming them is gone too");
    }

    @Test
    void aDatePollFindsTheTimeMembersCanMakeAndBecomesTheMeeting() {
        long group = meetings.referenceGroups().stream().filter(g -> g.name().equals("Utlandsfödda")).findFirst().orElseThrow().id();
        String run = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        long ada = members.save(null, 0, new se.stjarnbild.referencegroups.MemberInput("Ada " + run, "ada." + run + "@example.se",
                null, null, Set.of(group), today, null, se.stjarnbild.model.groups.Recruitment.OTHER, true, today, null, null, null, "en"));
        long bo = members.save(null, 0, new se.stjarnbild.referencegroups.MemberInput("Bo " + run, null, "070-1234567",
                "Byvägen 2", Set.of(group), today, null, se.stjarnbild.model.groups.Recruitment.OTHER, true, today, null, null, null, null));
        LocalDate day = today.plusDays(70 + (int) (System.nanoTime() % 200));
        se.stjarnbild.meetings.SlotInput early = new se.stjarnbild.meetings.SlotInput(day, LocalTime.of(17, 0), LocalTime.of(18, 30));
        se.stjarnbild.meetings.SlotInput late = new se.stjarnbild.meetings.SlotInput(day.plusDays(1), LocalTime.of(19, 0), LocalTime.of(20, 30));

        assertRefused("slots", "poll.slots.required", () -> polls.create(new se.stjarnbild.meetings.PollInput("Träff " + run, group, List.of())));
        assertRefused("slots:1:start", "meeting.start.required", () -> polls.create(new se.stjarnbild.meetings.PollInput("Träff " + run, group,
                List.of(early, new se.stjarnbild.meetings.SlotInput(day, null, LocalTime.of(20, 0))))));
        long pollsBefore = polls.list().size();
        long poll = polls.create(new se.stjarnbild.meetings.PollInput("Träff " + run, group, List.of(early, late)));
        assertEquals(pollsBefore + 1, polls.list().size());
        assertEquals(1L, em.createQuery("select count(m) from MailMessage m where m.recipient = :r and m.subject like 'When can you come?%'",
                Long.class).setParameter("r", "ada." + run + "@example.se").getSingleResult(),
                "members with e-mail get their link, in their own language (Ada reads English)");
        assertTrue(em.createQuery("select m.body from MailMessage m where m.recipient = :r", String.class)
                .setParameter("r", "ada." + run + "@example.se").getSingleResult().contains("&lang=en"),
                "the link opens the poll page in English");

        String adasToken = pollToken(poll, ada);
        String bosToken = pollToken(poll, bo);
        var slots = polls.byToken(adasToken).orElseThrow().slots();
        long first = slots.get(0).id();
        long second = slots.get(1).id();
        polls.answer(adasToken, java.util.Map.of(first, se.stjarnbild.model.meetings.Availability.NO,
                second, se.stjarnbild.model.meetings.Availability.YES));
        polls.answer(bosToken, java.util.Map.of(first, se.stjarnbild.model.meetings.Availability.YES,
                second, se.stjarnbild.model.meetings.Availability.IF_NEED_BE));
        assertRefused("", "poll.token.unknown", () -> polls.answer("A".repeat(43), java.util.Map.of()));
        assertRefused("", "poll.slot.unknown", () -> polls.answer(adasToken, java.util.Map.of(999_999_999L,
                se.stjarnbild.model.meetings.Availability.YES)));

        var grid = polls.find(poll).orElseThrow();
        var bestSlot = grid.slots().stream().filter(se.stjarnbild.meetings.PollSlot::best).findFirst().orElseThrow();
        assertEquals(second, bestSlot.id(), "1 yes + 1 if need be beats 1 yes + 1 no");
        assertTrue(grid.members().stream().anyMatch(m -> m.name().equals("Bo " + run) && m.linkWithoutEmail() != null
                && m.linkWithoutEmail().endsWith(bosToken)), "a member without e-mail has a link to pass on");
        assertTrue(grid.members().stream().noneMatch(m -> m.name().equals("Ada " + run) && m.linkWithoutEmail() != null));

        var chosen = polls.slot(poll, second).orElseThrow();
        assertEquals(late, chosen);
        long meeting = meetings.save(null, 0, new MeetingInput(MeetingKind.GROUP_SESSION, "Träff " + run, null, chosen.date(),
                chosen.start(), chosen.end(), null, "https://mote.example.se/" + run, null, Set.of(organiser()), Set.of(group),
                List.of(), null, 24, null));
        polls.decide(poll, second, meeting);
        assertEquals(meeting, polls.find(poll).orElseThrow().meetingId());
        assertTrue(polls.byToken(bosToken).orElseThrow().decided());
        assertRefused("", "poll.closed", () -> polls.answer(bosToken, java.util.Map.of(first, se.stjarnbild.model.meetings.Availability.NO)));
        assertRefused("", "poll.alreadyDecided", () -> polls.decide(poll, first, meeting));

        long otherGroup = meetings.referenceGroups().stream().filter(g -> g.name().equals("Företagare")).findFirst().orElseThrow().id();
        var both = members.find(ada).orElseThrow();
        members.save(ada, both.version(), new se.stjarnbild.referencegroups.MemberInput(both.input().name(), both.input().email(),
                null, null, Set.of(group, otherGroup), today, null, se.stjarnbild.model.groups.Recruitment.OTHER, true, today,
                null, null, null, null));
        var clash = meetings.conflicts(null, new MeetingInput(MeetingKind.GROUP_SESSION, "Företagarträff " + run, null, chosen.date(),
                chosen.start(), chosen.end(), null, "https://mote.example.se/f" + run, null, Set.of(), Set.of(otherGroup),
                List.of(), null, 24, null));
        assertTrue(clash.stream().anyMatch(c -> c.kind() == se.stjarnbild.meetings.scheduling.ConflictKind.MEMBER
                && c.otherMeetingId() == meeting && c.subjectId() == ada), "a member in both groups cannot be at both: " + clash);
    }

    private String pollToken(long poll, long member) {
        return em.createQuery("select i.token from DatePollInvitation i where i.poll.id = :p and i.member.id = :m", String.class)
                .setParameter("p", poll).setParameter("m", member).getSingleResult();
    }

    private long reminderMails(long meetingId) {
        return em.createQuery("select count(m) from MailMessage m where m.meeting.id = :id and m.subject like 'Påminnelse%'",
                Long.class).setParameter("id", meetingId).getSingleResult();
    }

    private static void assertRefused(String field, String key, org.junit.jupiter.api.function.Executable action) {
        RefusedException refused = assertThrows(RefusedException.class, action);
        assertEquals(field, refused.problems().get(0).field(), refused.problems().toString());
        assertEquals(key, refused.problems().get(0).messageKey(), refused.problems().toString());
    }
}
