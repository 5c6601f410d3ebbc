package se.stjarnbild.meetings.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import se.stjarnbild.meetings.RefusedException;

/**
 * Registrations to one meeting take turns in this server in the order they arrived, before they
 * open a transaction. The meeting's row lock still decides who gets a seat (and does so across
 * servers); this queue only makes the order first come, first served (the database wakes its
 * waiters in no particular order, so a later click could take the last seat) and keeps a rush on
 * one meeting from holding every pooled connection while it waits, which stalled every other page.
 */
@ApplicationScoped
public class RegistrationTurns {

    /** Meetings share 64 fair locks: few meetings are open at once, and a shared lock only means a shared queue. */
    private static final int STRIPES = 64;

    /** Longer than the database's own lock wait (30 s), so the database's answer comes first. */
    private static final long PATIENCE_MILLIS = 60_000;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final long patienceMillis;

    public RegistrationTurns() {
        this(PATIENCE_MILLIS);
    }

    RegistrationTurns(long patienceMillis) {
        this.patienceMillis = patienceMillis;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /** Runs {@code work} when it is this caller's turn at the meeting; refuses if the turn does not come. */
    public <T> T inTurn(long meetingId, Supplier<T> work) {
        ReentrantLock lock = lockFor(meetingId);
        try {
            if (!lock.tryLock(patienceMillis, TimeUnit.MILLISECONDS)) {
                throw RefusedException.of("", "registration.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RefusedException.of("", "registration.busy");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** How many wait for their turn at this meeting's queue (for tests). */
    int waiting(long meetingId) {
        return lockFor(meetingId).getQueueLength();
    }

    private ReentrantLock lockFor(long meetingId) {
        return stripes[Math.floorMod(Long.hashCode(meetingId), STRIPES)];
    }
}
