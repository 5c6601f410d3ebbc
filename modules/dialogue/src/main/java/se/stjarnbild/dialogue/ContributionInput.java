package se.stjarnbild.dialogue;

import java.io.Serializable;
import se.stjarnbild.model.dialogue.Relation;
import se.stjarnbild.model.groups.AgeBand;

/**
 * What a person writes on the public form: their words, where it is about, optionally the star it
 * supports, their age band and how they relate to the place, and an e-mail only if they want an
 * answer (with consent to keep it for that).
 */
public record ContributionInput(String text, Long districtId, Long villageId, Long starId, AgeBand ageBand,
        Relation relation, String email, boolean emailConsent) implements Serializable {
}
