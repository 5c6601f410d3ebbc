package se.stjarnbild.model.meetings;

/** A registration has a seat, waits for one, or was cancelled. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
