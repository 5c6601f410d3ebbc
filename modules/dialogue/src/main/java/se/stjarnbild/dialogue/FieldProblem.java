package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with what a person entered: which field, the message key that says what to do,
 * and the values the message names (a count, a name), if any.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) implements Serializable {

    public FieldProblem {
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public FieldProblem(String field, String messageKey) {
        this(field, messageKey, List.of());
    }

    /** A problem whose message names values: {@code FieldProblem.of("consentGiven", "…withQuotes", 3L)}. */
    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, Arrays.asList(args));
    }
}
