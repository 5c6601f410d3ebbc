package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** A member to edit: what was entered, the version it was read at, and whether it was erased. */
public record MemberDetails(long id, long version, MemberInput input, boolean erased) implements Serializable {
}
