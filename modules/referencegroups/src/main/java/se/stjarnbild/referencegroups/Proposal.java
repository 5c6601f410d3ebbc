package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** A star a member thinks is missing, in their own words, with the group they answered through. */
public record Proposal(String group, String text) implements Serializable {
}
