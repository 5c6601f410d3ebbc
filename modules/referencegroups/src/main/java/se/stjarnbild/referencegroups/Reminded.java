package se.stjarnbild.referencegroups;

import java.io.Serializable;

/**
 * What one press of "remind" did: how many reminders went out, and how many members were left
 * out because the round had e-mailed them (invitation or reminder) within the last 24 hours.
 */
public record Reminded(int sent, int skipped) implements Serializable {
}
