package se.stjarnbild.meetings.scheduling;

import java.util.Comparator;
import java.util.List;
import se.stjarnbild.model.meetings.RegistrationStatus;

/**
 * The seat rules of a meeting: nobody gets a seat that is not there, no seat stays empty while
 * someone waits, and those waiting move up in the order they registered.
 * <p>
 * The rules only decide; the service saves the new statuses. Each decision looks at the
 * registrations as they are now, so after a cancellation or a change of seats the service saves
 * that first and then asks {@link #toPromote()}. A capacity of null means no limit, as for a
 * meeting without a venue, so the service can pass the meeting's seats as they are.
 */
public final class Waitlist {

    /** Earliest first; the id settles registrations made in the same instant. */
    private static final Comparator<WaitlistEntry> FIRST_COME = Comparator.comparing(WaitlistEntry::createdAt)
            .thenComparingLong(WaitlistEntry::registrationId);

    private final Integer capacity;
    private final List<WaitlistEntry> entries;

    public Waitlist(Integer capacity, List<WaitlistEntry> entries) {
        if (capacity != null && capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.entries = entries.stream().sorted(FIRST_COME).toList();
    }

    public int confirmed() {
        return count(RegistrationStatus.CONFIRMED);
    }

    public int waiting() {
        return count(RegistrationStatus.WAITLISTED);
    }

    /**
     * A seat for a new registration only if one is left after everybody already waiting has had
     * theirs. Normally nobody waits while seats are free, and then this is simply "fewer confirmed
     * than seats"; should promotions lag behind, a newcomer still does not jump the line.
     */
    public RegistrationStatus statusForNew() {
        return statusForNew(capacity, confirmed(), waiting());
    }

    /**
     * The same decision from the counts alone, for the registration itself: it runs under the
     * meeting's lock, so it counts in the database instead of loading every registration.
     */
    public static RegistrationStatus statusForNew(Integer capacity, long confirmed, long waiting) {
        return capacity == null || confirmed + waiting < capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    }

    /** The registrations that now get a seat, earliest first, which is also the order to tell them. */
    public List<Long> toPromote() {
        long freeSeats = Math.max(0, (long) seatsOr(Integer.MAX_VALUE) - confirmed());
        return entries.stream()
                .filter(entry -> entry.status() == RegistrationStatus.WAITLISTED)
                .limit(freeSeats)
                .map(WaitlistEntry::registrationId)
                .toList();
    }

    /**
     * Whether the meeting may have {@code newCapacity} seats (null: no limit). Fewer seats than
     * people already confirmed is refused, because taking a promised seat away must be someone's
     * decision, not a side effect of a number in a form.
     */
    public List<Problem> checkCapacity(Integer newCapacity) {
        if (newCapacity == null) {
            return List.of();
        }
        if (newCapacity < 1) {
            return List.of(Problem.of("capacity", "registration.capacity.atLeastOne"));
        }
        int confirmed = confirmed();
        if (newCapacity < confirmed) {
            return List.of(Problem.of("capacity", "registration.capacity.belowConfirmed", newCapacity, confirmed));
        }
        return List.of();
    }

    /** The same registrations with another number of seats, to see who moves up after an increase. */
    public Waitlist withCapacity(Integer newCapacity) {
        return new Waitlist(newCapacity, entries);
    }

    private int seatsOr(int noLimit) {
        return capacity == null ? noLimit : capacity;
    }

    private int count(RegistrationStatus status) {
        return (int) entries.stream().filter(entry -> entry.status() == status).count();
    }
}
