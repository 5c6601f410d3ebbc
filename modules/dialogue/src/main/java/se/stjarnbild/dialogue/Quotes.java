package se.stjarnbild.dialogue;

import java.util.List;
import java.util.Optional;
import se.stjarnbild.model.dialogue.AttributionLevel;

/** All quotes, whatever their source: found a page at a time, newest first; read, corrected, removed. */
public interface Quotes {

    List<QuoteListRow> page(QuoteFilter filter, int first, int size);

    long count(QuoteFilter filter);

    Optional<QuoteDetails> find(long id);

    /**
     * Corrects a quote's words or attribution. Markup is removed; an empty or over-long text is
     * refused (field "quoteText"), as is a stale {@code version}; nothing is saved then.
     */
    void update(long id, long version, String text, AttributionLevel attribution);

    /** Removes a quote with its codings and evidence links. */
    void delete(long id);

    /**
     * Keeps what a reference-group member wrote about a star as an anonymous quote (source:
     * reference group) and links it to that star as evidence, in the caller's transaction.
     * Markup is removed; an empty or over-long text is refused (field "quoteText"). Returns the
     * new quote's id.
     */
    long addFromReferenceGroup(String text, Long districtId, long starId);
}
