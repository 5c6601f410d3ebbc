package se.stjarnbild.meetings.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

    /** The first open meeting, 8 October 2026 18:00-20:30 Swedish time. */
    private static final Instant OPEN_START = Instant.parse("2026-10-08T16:00:00Z");
    private static final Instant OPEN_END = Instant.parse("2026-10-08T18:30:00Z");

    private static final long FOLKETS_HUS = 7L;
    private static final long BIBLIOTEKET = 8L;
    private static final long ANNA = 101L;
    private static final long BERTIL = 102L;
    private static final long CECILIA = 103L;
    private static final long NARINGSLIV = 11L;
    private static final long FORENINGSLIV = 12L;
    private static final long UNGA = 13L;

    private static final ConflictDetector WITHOUT_MEMBERS = new ConflictDetector(Map.of());

    private static ProposedMeeting openMeeting(Long id) {
        return new ProposedMeeting(id, OPEN_START, OPEN_END, FOLKETS_HUS, Set.of(ANNA), Set.of(NARINGSLIV));
    }

    private static ScheduledMeeting scheduled(long id, String start, String end, Long venue, Set<Long> organisers,
            Set<Long> groups) {
        return new ScheduledMeeting(id, "Möte " + id, Instant.parse(start), Instant.parse(end), venue, organisers,
                groups, false);
    }

    private static Conflict conflict(ConflictKind kind, ScheduledMeeting other, long subject) {
        return new Conflict(kind, other.id(), other.title(), other.start(), other.end(), subject);
    }

    @Test
    void theSameVenueAtOverlappingTimesClashes() {
        ScheduledMeeting choir = scheduled(2, "2026-10-08T17:00:00Z", "2026-10-08T19:00:00Z", FOLKETS_HUS, Set.of(), Set.of());
        ScheduledMeeting elsewhere = scheduled(3, "2026-10-08T17:00:00Z", "2026-10-08T19:00:00Z", BIBLIOTEKET, Set.of(),
                Set.of());

        assertEquals(List.of(new Conflict(ConflictKind.VENUE, 2, "Möte 2", Instant.parse("2026-10-08T17:00:00Z"),
                        Instant.parse("2026-10-08T19:00:00Z"), FOLKETS_HUS)),
                WITHOUT_MEMBERS.conflicts(openMeeting(null), List.of(choir, elsewhere)));
    }

    @Test
    void meetingsThatOnlyTouchDoNotClash() {
        ScheduledMeeting endsAsWeStart = scheduled(2, "2026-10-08T14:00:00Z", "2026-10-08T16:00:00Z", FOLKETS_HUS,
                Set.of(ANNA), Set.of(NARINGSLIV));
        ScheduledMeeting startsAsWeEnd = scheduled(3, "2026-10-08T18:30:00Z", "2026-10-08T20:00:00Z", FOLKETS_HUS,
                Set.of(ANNA), Set.of(NARINGSLIV));
        ScheduledMeeting oneMinuteInto = scheduled(4, "2026-10-08T18:29:00Z", "2026-10-08T20:00:00Z", FOLKETS_HUS,
                Set.of(), Set.of());

        assertEquals(List.of(conflict(ConflictKind.VENUE, oneMinuteInto, FOLKETS_HUS)),
                WITHOUT_MEMBERS.conflicts(openMeeting(null), List.of(endsAsWeStart, startsAsWeEnd, oneMinuteInto)));
    }

    @Test
    void anOrganiserCannotBeInTwoPlacesAtOnce() {
        ScheduledMeeting workshop = scheduled(2, "2026-10-08T15:00:00Z", "2026-10-08T17:00:00Z", BIBLIOTEKET,
                Set.of(ANNA, BERTIL), Set.of());
        ProposedMeeting proposed = new ProposedMeeting(null, OPEN_START, OPEN_END, FOLKETS_HUS, Set.of(ANNA, CECILIA),
                Set.of());

        assertEquals(List.of(conflict(ConflictKind.ORGANISER, workshop, ANNA)),
                WITHOUT_MEMBERS.conflicts(proposed, List.of(workshop)));
    }

    @Test
    void aGroupInvitedToTwoOverlappingMeetingsClashes() {
        ScheduledMeeting session = scheduled(2, "2026-10-08T17:00:00Z", "2026-10-08T18:00:00Z", BIBLIOTEKET, Set.of(),
                Set.of(NARINGSLIV, FORENINGSLIV));

        assertEquals(List.of(conflict(ConflictKind.GROUP, session, NARINGSLIV)),
                WITHOUT_MEMBERS.conflicts(openMeeting(null), List.of(session)));
    }

    @Test
    void aMemberOfTwoGroupsIsDoubleBookedThroughTheOtherGroup() {
        ConflictDetector detector = new ConflictDetector(Map.of(
                NARINGSLIV, Set.of(501L, 502L),
                FORENINGSLIV, Set.of(502L, 503L),
                UNGA, Set.of(502L, 501L, 504L)));
        ScheduledMeeting session = scheduled(2, "2026-10-08T17:00:00Z", "2026-10-08T18:00:00Z", BIBLIOTEKET, Set.of(),
                Set.of(FORENINGSLIV, UNGA));

        // 502 is reached through both other groups but is listed once; 503 and 504 are not invited to ours.
        assertEquals(List.of(conflict(ConflictKind.MEMBER, session, 501L), conflict(ConflictKind.MEMBER, session, 502L)),
                detector.conflicts(openMeeting(null), List.of(session)));
    }

    @Test
    void aGroupClashIsNotRepeatedForItsMembers() {
        ConflictDetector detector = new ConflictDetector(Map.of(
                NARINGSLIV, Set.of(501L, 502L),
                FORENINGSLIV, Set.of(502L, 503L)));
        ScheduledMeeting session = scheduled(2, "2026-10-08T17:00:00Z", "2026-10-08T18:00:00Z", BIBLIOTEKET, Set.of(),
                Set.of(NARINGSLIV, FORENINGSLIV));

        assertEquals(List.of(conflict(ConflictKind.GROUP, session, NARINGSLIV)),
                detector.conflicts(openMeeting(null), List.of(session)));
    }

    @Test
    void aCancelledMeetingNeverClashes() {
        ScheduledMeeting cancelled = new ScheduledMeeting(2, "Inställt", OPEN_START, OPEN_END, FOLKETS_HUS, Set.of(ANNA),
                Set.of(NARINGSLIV), true);

        assertEquals(List.of(), WITHOUT_MEMBERS.conflicts(openMeeting(null), List.of(cancelled)));
    }

    @Test
    void anEditedMeetingDoesNotClashWithItsStoredSelf() {
        ScheduledMeeting storedSelf = scheduled(1, "2026-10-08T16:00:00Z", "2026-10-08T18:00:00Z", FOLKETS_HUS,
                Set.of(ANNA), Set.of(NARINGSLIV));
        ScheduledMeeting choir = scheduled(2, "2026-10-08T18:00:00Z", "2026-10-08T19:00:00Z", FOLKETS_HUS, Set.of(),
                Set.of());

        assertEquals(List.of(conflict(ConflictKind.VENUE, choir, FOLKETS_HUS)),
                WITHOUT_MEMBERS.conflicts(openMeeting(1L), List.of(storedSelf, choir)));
        assertEquals(3, WITHOUT_MEMBERS.conflicts(openMeeting(null), List.of(storedSelf)).size(),
                "a new meeting at the same time does clash: venue, organiser and group");
    }

    @Test
    void noVenueChosenClashesWithNoVenue() {
        ProposedMeeting online = new ProposedMeeting(null, OPEN_START, OPEN_END, null, Set.of(), Set.of());
        ScheduledMeeting alsoOnline = scheduled(2, "2026-10-08T16:00:00Z", "2026-10-08T18:30:00Z", null, Set.of(),
                Set.of());

        assertEquals(List.of(), WITHOUT_MEMBERS.conflicts(online, List.of(alsoOnline)));
    }

    @Test
    void conflictsAreListedByTheOtherMeetingsStartThenKind() {
        ConflictDetector detector = new ConflictDetector(Map.of(NARINGSLIV, Set.of(501L), UNGA, Set.of(501L)));
        ScheduledMeeting later = scheduled(2, "2026-10-08T18:00:00Z", "2026-10-08T19:00:00Z", FOLKETS_HUS, Set.of(ANNA),
                Set.of(UNGA));
        ScheduledMeeting earlier = scheduled(3, "2026-10-08T15:00:00Z", "2026-10-08T16:30:00Z", BIBLIOTEKET,
                Set.of(ANNA), Set.of(NARINGSLIV));

        assertEquals(List.of(
                        conflict(ConflictKind.ORGANISER, earlier, ANNA),
                        conflict(ConflictKind.GROUP, earlier, NARINGSLIV),
                        conflict(ConflictKind.VENUE, later, FOLKETS_HUS),
                        conflict(ConflictKind.ORGANISER, later, ANNA),
                        conflict(ConflictKind.MEMBER, later, 501L)),
                detector.conflicts(openMeeting(null), List.of(later, earlier)));
    }

    @Test
    void aWholeSeasonIsCheckedQuickly() {
        List<ScheduledMeeting> season = new ArrayList<>();
        Instant monday = Instant.parse("2026-08-31T06:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            Instant start = monday.plus(Duration.ofMinutes(30L * i));
            season.add(scheduled(i + 10, start.toString(), start.plus(Duration.ofHours(1)).toString(),
                    i % 2 == 0 ? FOLKETS_HUS : BIBLIOTEKET, Set.of(BERTIL), Set.of(FORENINGSLIV)));
        }

        List<Conflict> found = assertTimeout(Duration.ofSeconds(2),
                () -> WITHOUT_MEMBERS.conflicts(openMeeting(null), season));

        // 16:00-18:30 overlaps the half-hourly meetings starting 15:30 up to 18:00; every other one is ours.
        assertEquals(List.of(Instant.parse("2026-10-08T16:00:00Z"), Instant.parse("2026-10-08T17:00:00Z"),
                Instant.parse("2026-10-08T18:00:00Z")), found.stream().map(Conflict::otherStart).toList());
    }
}
