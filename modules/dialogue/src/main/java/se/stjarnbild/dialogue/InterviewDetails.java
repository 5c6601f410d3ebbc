package se.stjarnbild.dialogue;

import java.io.Serializable;

/** A stored interview for editing: {@code version} guards against saving over someone else's change. */
public record InterviewDetails(long id, long version, InterviewInput input, long quotes) implements Serializable {
}
