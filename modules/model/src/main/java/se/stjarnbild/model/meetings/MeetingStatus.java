package se.stjarnbild.model.meetings;

/** Whether a meeting takes place. A cancelled meeting is kept, so its registrants can be told. */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED
}
