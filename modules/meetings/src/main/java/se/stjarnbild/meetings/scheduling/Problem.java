package se.stjarnbild.meetings.scheduling;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with what an organiser entered: the form field to point at, the message key
 * that says what is wrong and what to do, and the values the message needs ({0}, {1}, ...).
 * Every rule here returns these instead of throwing, so a service can gather the problems of
 * several checks and show them all at once.
 */
public record Problem(String field, String messageKey, List<Object> args) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
