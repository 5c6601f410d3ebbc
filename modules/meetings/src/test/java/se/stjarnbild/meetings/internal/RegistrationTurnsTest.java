package se.stjarnbild.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.RefusedException;

class RegistrationTurnsTest {

    private final RegistrationTurns turns = new RegistrationTurns();

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "timed out");
            Thread.sleep(2);
        }
    }

    /** Someone holding the meeting's turn until closed. */
    private static AutoCloseable holdTurn(RegistrationTurns turns, long meetingId) throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> turns.inTurn(meetingId, () -> {
            busy.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        busy.await();
        return () -> {
            release.countDown();
            holder.join();
        };
    }

    @Test
    void registrationsToOneMeetingTakeTheirTurnsInTheOrderTheyArrived() throws Exception {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> later = new ArrayList<>();
        try (AutoCloseable held = holdTurn(turns, 7)) {
            for (int i = 1; i <= 6; i++) {
                int n = i;
                Thread person = new Thread(() -> turns.inTurn(7, () -> order.add(n)));
                person.start();
                later.add(person);
                awaitTrue(() -> turns.waiting(7) == n);
            }
            assertTrue(order.isEmpty(), "nobody goes while the turn is held");
        }
        for (Thread person : later) {
            person.join();
        }

        assertEquals(List.of(1, 2, 3, 4, 5, 6), order, "first come, first served");
    }

    @Test
    void anotherMeetingDoesNotWaitInThatQueue() throws Exception {
        try (AutoCloseable held = holdTurn(turns, 7)) {
            assertEquals("done", turns.inTurn(8, () -> "done"));
        }
    }

    @Test
    void aTurnThatDoesNotComeIsRefusedWithAMessageAndRunsNothing() throws Exception {
        RegistrationTurns impatient = new RegistrationTurns(100);
        boolean[] ran = {false};
        try (AutoCloseable held = holdTurn(impatient, 7)) {
            RefusedException refused = assertThrows(RefusedException.class, () -> impatient.inTurn(7, () -> ran[0] = true));
            assertEquals("registration.busy", refused.problems().get(0).messageKey());
            assertFalse(ran[0], "nothing is saved when the turn does not come");
        }
    }

    @Test
    void aFailedRegistrationGivesTheTurnOnToTheNext() {
        try {
            turns.inTurn(9, () -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            assertEquals("refused", expected.getMessage());
        }
        assertEquals(0, turns.waiting(9));
        assertEquals(42, turns.inTurn(9, () -> 42));
    }
}
