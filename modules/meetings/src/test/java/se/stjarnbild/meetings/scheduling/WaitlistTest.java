package se.stjarnbild.meetings.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.stjarnbild.model.meetings.RegistrationStatus.CANCELLED;
import static se.stjarnbild.model.meetings.RegistrationStatus.CONFIRMED;
import static se.stjarnbild.model.meetings.RegistrationStatus.WAITLISTED;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.meetings.RegistrationStatus;

class WaitlistTest {

    /** Registrations for the open meeting opened on 1 September 2026; minute n is the nth to register. */
    private static WaitlistEntry registration(long id, RegistrationStatus status, int minute) {
        return new WaitlistEntry(id, status, Instant.parse("2026-09-01T08:00:00Z").plusSeconds(60L * minute));
    }

    /** Three seats, all taken, three waiting, listed out of order on purpose. */
    private static final List<WaitlistEntry> FULL = List.of(
            registration(6, WAITLISTED, 6),
            registration(1, CONFIRMED, 1),
            registration(4, WAITLISTED, 4),
            registration(2, CONFIRMED, 2),
            registration(5, WAITLISTED, 5),
            registration(3, CONFIRMED, 3));

    private static List<WaitlistEntry> with(List<WaitlistEntry> registrations, long id, RegistrationStatus status) {
        return registrations.stream()
                .map(r -> r.registrationId() == id ? new WaitlistEntry(id, status, r.createdAt()) : r)
                .toList();
    }

    @Test
    void newRegistrationsAreConfirmedUntilTheSeatsRunOut() {
        assertEquals(CONFIRMED, new Waitlist(3, List.of()).statusForNew());
        assertEquals(CONFIRMED, new Waitlist(3, List.of(registration(1, CONFIRMED, 1), registration(2, CONFIRMED, 2)))
                .statusForNew());
        assertEquals(CONFIRMED, new Waitlist(2, List.of(registration(1, CONFIRMED, 1), registration(2, CANCELLED, 2)))
                .statusForNew(), "a cancelled registration holds no seat");
        assertEquals(WAITLISTED, new Waitlist(3, FULL).statusForNew());
        assertEquals(WAITLISTED, new Waitlist(2, List.of(registration(1, CONFIRMED, 1), registration(2, CONFIRMED, 2)))
                .statusForNew());
    }

    @Test
    void theCountsAloneDecideAsTheWholeListDoes() {
        List<WaitlistEntry> seatFreedNotYetPromoted = with(FULL, 2, CANCELLED);
        for (List<WaitlistEntry> registrations : List.of(List.<WaitlistEntry>of(), FULL, seatFreedNotYetPromoted,
                List.of(registration(1, CONFIRMED, 1), registration(2, CANCELLED, 2)))) {
            for (Integer seats : new Integer[] {null, 1, 2, 3, 5, 6, 7}) {
                Waitlist list = new Waitlist(seats, registrations);
                assertEquals(list.statusForNew(), Waitlist.statusForNew(seats, list.confirmed(), list.waiting()),
                        seats + " seats, " + registrations);
            }
        }
        assertEquals(WAITLISTED, Waitlist.statusForNew(300, 300, 0));
        assertEquals(CONFIRMED, Waitlist.statusForNew(300, 299, 0));
        assertEquals(WAITLISTED, Waitlist.statusForNew(300, 299, 1), "someone waiting goes first");
        assertEquals(CONFIRMED, Waitlist.statusForNew(null, 10_000, 0));
    }

    @Test
    void aNewcomerDoesNotJumpTheLineWhilePromotionsAreStillDue() {
        List<WaitlistEntry> seatFreedNotYetPromoted = with(FULL, 2, CANCELLED);

        assertEquals(WAITLISTED, new Waitlist(3, seatFreedNotYetPromoted).statusForNew());
        assertEquals(CONFIRMED, new Waitlist(6, seatFreedNotYetPromoted).statusForNew(),
                "2 confirmed + 3 waiting leaves a sixth seat");
    }

    @Test
    void nobodyMovesUpWhileTheMeetingIsFull() {
        Waitlist waitlist = new Waitlist(3, FULL);

        assertEquals(3, waitlist.confirmed());
        assertEquals(3, waitlist.waiting());
        assertEquals(List.of(), waitlist.toPromote());
    }

    @Test
    void oneCancellationLetsTheFirstInLineMoveUp() {
        assertEquals(List.of(4L), new Waitlist(3, with(FULL, 2, CANCELLED)).toPromote());
    }

    @Test
    void severalCancellationsLetThatManyMoveUpInOrder() {
        List<WaitlistEntry> twoGone = with(with(FULL, 1, CANCELLED), 3, CANCELLED);
        assertEquals(List.of(4L, 5L), new Waitlist(3, twoGone).toPromote());

        List<WaitlistEntry> allGone = with(with(twoGone, 2, CANCELLED), 5, CANCELLED);
        assertEquals(List.of(4L, 6L), new Waitlist(3, allGone).toPromote(), "a cancelled waiter loses the place");
    }

    @Test
    void aRegistrationMadeInTheSameInstantIsOrderedById() {
        List<WaitlistEntry> sameMinute = List.of(registration(1, CONFIRMED, 1), registration(9, WAITLISTED, 2),
                registration(8, WAITLISTED, 2));

        assertEquals(List.of(8L), new Waitlist(2, sameMinute).toPromote());
    }

    @Test
    void moreSeatsPromoteTheWaitingInOrder() {
        Waitlist waitlist = new Waitlist(3, FULL);

        assertEquals(List.of(), waitlist.checkCapacity(5));
        assertEquals(List.of(4L, 5L), waitlist.withCapacity(5).toPromote());
        assertEquals(List.of(4L, 5L, 6L), waitlist.withCapacity(40).toPromote(), "never more than are waiting");
    }

    @Test
    void fewerSeatsThanConfirmedIsRefused() {
        Waitlist waitlist = new Waitlist(3, FULL);

        assertEquals(List.of(Problem.of("capacity", "registration.capacity.belowConfirmed", 2, 3)),
                waitlist.checkCapacity(2));
        assertEquals(List.of(), waitlist.checkCapacity(3), "exactly as many as confirmed is fine");
        assertEquals(List.of(), new Waitlist(10, FULL).checkCapacity(3), "lowering to the confirmed count is fine");
    }

    @Test
    void aMeetingNeedsAtLeastOneSeat() {
        assertEquals(List.of(Problem.of("capacity", "registration.capacity.atLeastOne")),
                new Waitlist(3, List.of()).checkCapacity(0));
        assertThrows(IllegalArgumentException.class, () -> new Waitlist(-1, List.of()));
    }

    @Test
    void withoutALimitEveryoneHasASeat() {
        assertEquals(CONFIRMED, new Waitlist(null, FULL).statusForNew());
        assertEquals(List.of(4L, 5L, 6L), new Waitlist(3, FULL).withCapacity(null).toPromote(),
                "removing the limit lets everyone waiting in");
        assertEquals(List.of(), new Waitlist(3, FULL).checkCapacity(null));
    }
}
