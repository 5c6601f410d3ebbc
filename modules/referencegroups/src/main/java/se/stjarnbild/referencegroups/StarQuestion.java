package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** One star on a member's page, with what they answered so far (nulls when not yet). */
public record StarQuestion(long starId, String title, String description, Integer truth, Integer uniqueness,
        String comment) implements Serializable {
}
