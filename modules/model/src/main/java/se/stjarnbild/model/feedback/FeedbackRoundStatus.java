package se.stjarnbild.model.feedback;

/** A round takes answers while open; once closed, its links only show that it is closed. */
public enum FeedbackRoundStatus {
    OPEN,
    CLOSED
}
