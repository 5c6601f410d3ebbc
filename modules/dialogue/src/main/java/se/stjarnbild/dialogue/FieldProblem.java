package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with what a person entered: which field, the message key that says what to do,
 * and the values the message names (a count, a name), if any.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) implements Serializable {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public FieldProblem(String field, String messageKey) {
        this(field, messageKey, List.of());
    }

    public FieldProblem(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }
}
