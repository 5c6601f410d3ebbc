package se.stjarnbild.model.meetings;

/** A member's answer to one candidate time. */
public enum Availability {
    YES,
    IF_NEED_BE,
    NO
}
