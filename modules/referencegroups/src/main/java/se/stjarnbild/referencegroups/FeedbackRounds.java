package se.stjarnbild.referencegroups;

import java.util.List;
import java.util.Optional;

/**
 * Feedback rounds for staff. Every refusal is a {@link se.stjarnbild.meetings.RefusedException}
 * naming the field; nothing is saved then.
 */
public interface FeedbackRounds {

    /**
     * Opens a round and gives every current member of its groups a personal link, e-mailing it
     * (an invitation, through the meetings outbox in the same transaction) to those with an
     * address; returns its id.
     */
    long open(RoundInput input);

    /** All rounds, newest first. */
    List<RoundRow> list();

    Optional<RoundDetails> find(long id);

    /** Closes a round: its links stop taking answers. */
    void close(long id);

    /**
     * E-mails a reminder to every member who has not answered and has an address, except those
     * the round e-mailed (invited or reminded) within the last 24 hours.
     */
    Reminded remind(long id);

    /** Letters for members who have not answered and have no e-mail address. */
    List<Letter> letters(long id);

    /** Ratings and comments per star of a round (or of every round, when {@code roundId} is null). */
    List<StarResults> results(Long roundId);

    /** Keeps a comment as a quote (source: reference group) and evidence for its star; returns the quote's id. */
    long takeAsQuote(long answerId);

    /** Candidate stars to ask about. */
    List<se.stjarnbild.meetings.Choice> stars();
}
