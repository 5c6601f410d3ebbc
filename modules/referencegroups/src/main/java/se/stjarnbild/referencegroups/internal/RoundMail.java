package se.stjarnbild.referencegroups.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Who in a round gets an e-mail. Everyone with an address is invited when the round opens; a
 * reminder goes to those who have not answered, but not twice within a day: the last e-mail
 * (invitation or reminder) is kept as the invitation's {@code remindedAt}.
 */
final class RoundMail {

    /** How long after an e-mail from the round a member is not sent another. */
    static final Duration QUIET = Duration.ofHours(24);

    enum Reminder {
        /** Not answered, can be e-mailed and was not e-mailed lately. */
        SEND,
        /** Would get one, but was e-mailed within {@link #QUIET}. */
        SKIP_RECENT,
        /** Answered, erased or without an address: no reminder by e-mail. */
        NONE
    }

    private RoundMail() {
    }

    /** Whether a member gets the invitation by e-mail when the round opens. */
    static boolean invite(String email, boolean erased) {
        return email != null && !erased;
    }

    static Reminder reminder(Instant answeredAt, String email, boolean erased, Instant lastMailed, Instant now) {
        if (answeredAt != null || !invite(email, erased)) {
            return Reminder.NONE;
        }
        return lastMailed != null && lastMailed.isAfter(now.minus(QUIET)) ? Reminder.SKIP_RECENT : Reminder.SEND;
    }
}
