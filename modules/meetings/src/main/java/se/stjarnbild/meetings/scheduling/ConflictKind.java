package se.stjarnbild.meetings.scheduling;

/** What two overlapping meetings share. The order is the order conflicts are listed in. */
public enum ConflictKind {
    /** The same room at the same time. */
    VENUE,
    /** An organiser cannot lead two meetings at once. */
    ORGANISER,
    /** A whole reference group is invited to both. */
    GROUP,
    /** One person is invited to both through two different reference groups. */
    MEMBER
}
