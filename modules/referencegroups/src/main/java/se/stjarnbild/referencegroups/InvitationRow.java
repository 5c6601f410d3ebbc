package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.Instant;

/** One member asked in a round: through which group, whether they can be e-mailed, whether they answered. */
public record InvitationRow(long memberId, String member, String group, boolean hasEmail, boolean erased,
        Instant answeredAt, Instant remindedAt) implements Serializable {
}
