package se.stjarnbild.dialogue;

import java.util.List;
import java.util.Optional;

/** Recording, finding and removing interviews. */
public interface Interviews {

    /** One page of the list, filtered and sorted; newest first unless sorted otherwise. */
    List<InterviewRow> page(InterviewFilter filter, InterviewSort sort, boolean ascending, int first, int size);

    long count(InterviewFilter filter);

    Optional<InterviewDetails> find(long id);

    /**
     * Creates ({@code id} null) or updates an interview; returns its id. Throws
     * {@link InvalidInputException} with every problem by field, and saves nothing, when the input
     * breaks the rules or someone else saved the interview since {@code version} was read.
     */
    long save(Long id, long version, InterviewInput input);

    /** Removes the interview and the quotes taken from it; returns how many quotes went with it. */
    long delete(long id);

    /** The quotes taken from an interview, oldest first. */
    List<QuoteRow> quotes(long interviewId);

    /** For each of the interview's quotes that is a star's evidence: the stars' titles, in Swedish order. */
    java.util.Map<Long, List<String>> evidenceStars(long interviewId);

    /**
     * Adds a quote taken from the interview, about where it took place. Markup is removed; an
     * empty or over-long text is refused (field "quoteText"). Returns the quote's id.
     */
    long addQuote(long interviewId, String text, se.stjarnbild.model.dialogue.AttributionLevel attribution);

    void deleteQuote(long quoteId);

    List<Choice> districts();

    List<Choice> villages(long districtId);

    List<Choice> places(long districtId);
}
