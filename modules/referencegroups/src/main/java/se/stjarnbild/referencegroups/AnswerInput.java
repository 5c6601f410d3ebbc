package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** What a member answers about one star; any part may be left empty. */
public record AnswerInput(long starId, Integer truth, Integer uniqueness, String comment) implements Serializable {
}
