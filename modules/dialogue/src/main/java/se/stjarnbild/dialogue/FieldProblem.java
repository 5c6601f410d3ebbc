package se.stjarnbild.dialogue;

import java.io.Serializable;

/** One thing wrong with what a person entered: which field, and the message key that says what to do. */
public record FieldProblem(String field, String messageKey) implements Serializable {
}
