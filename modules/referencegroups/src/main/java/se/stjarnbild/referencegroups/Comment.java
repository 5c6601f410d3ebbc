package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** A member's comment on a star, anonymous; {@code quoteId} once staff took it into the dialogue. */
public record Comment(long answerId, String group, String text, Long quoteId) implements Serializable {
}
