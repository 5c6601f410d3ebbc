package se.stjarnbild.dialogue;

import java.util.List;

/**
 * Open participation: contributions from the public form wait in a moderation queue; approved
 * ones become quotes (source: contribution). Bad input is an {@link InvalidInputException} naming
 * the field; nothing is saved then.
 */
public interface Contributions {

    /** Puts a contribution in the queue; returns its id. */
    long submit(ContributionInput input);

    /** Waiting for moderation, oldest first. */
    List<ContributionRow> queue();

    /** The latest decisions, newest first. */
    List<ContributionRow> decided(int max);

    long pending();

    /** How many came in on the public form, and how many of those were approved. */
    ContributionCounts counts();

    /**
     * Approves a contribution as read at {@code version}, with its text as the moderator left it
     * (personal data taken out; the original is kept); returns the new quote's id.
     */
    long approve(long id, long version, String text);

    /** Removes the writer's e-mail address once they have been answered (nothing else changes). */
    void forgetEmail(long id);

    /** Rejects a contribution with a reason, which is kept. */
    void reject(long id, long version, String reason);
}
