package se.stjarnbild.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Candidate stars and their evidence: the quotes linked to them explicitly by staff. */
public interface Stars {

    /** Every star by title, with its scope and evidence count. */
    List<StarRow> list();

    Optional<StarDetails> find(long id);

    /**
     * Creates ({@code id} null) or updates a star; returns its id. {@link InvalidInputException}
     * names each broken rule's field, and nothing is saved.
     */
    long save(Long id, long version, StarInput input);

    /** Removes a star and its evidence links; the quotes stay. */
    void delete(long id);

    /** Links quotes to a star as its evidence; returns how many were not linked before. */
    int link(long starId, Collection<Long> quoteIds);

    void unlink(long starId, long quoteId);

    EvidenceSummary evidence(long starId);

    /** The ids of the quotes that are a star's evidence. */
    java.util.Set<Long> evidenceIds(long starId);

    /**
     * Links a quote to some stars and unlinks it from others in one step; links someone else made
     * meanwhile stay.
     */
    void relink(long quoteId, java.util.Set<Long> link, java.util.Set<Long> unlink);

    /** The stars a quote is evidence for. */
    List<Choice> starsOf(long quoteId);

    /** Every star, to pick from. */
    List<Choice> choices();
}
