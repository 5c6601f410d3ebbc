package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.time.Instant;
import se.stjarnbild.model.dialogue.ContributionStatus;
import se.stjarnbild.model.dialogue.Relation;
import se.stjarnbild.model.groups.AgeBand;

/**
 * A contribution for the moderators, with the words as written when they were edited; {@code meeting}
 * names the meeting when it was sent from a phone during its presentation.
 */
public record ContributionRow(long id, long version, String text, String originalText, String district, String village,
        String star, AgeBand ageBand, Relation relation, String email, ContributionStatus status, String reason,
        String moderatedBy, Instant moderatedAt, Long quoteId, Instant createdAt, String meeting) implements Serializable {

    /** The writer left an e-mail address (with consent) to get an answer. */
    public boolean wantsAnswer() {
        return email != null;
    }
}
