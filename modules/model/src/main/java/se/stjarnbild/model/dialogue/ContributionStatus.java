package se.stjarnbild.model.dialogue;

/** Where a public contribution stands in moderation. */
public enum ContributionStatus {
    PENDING,
    APPROVED,
    REJECTED
}
