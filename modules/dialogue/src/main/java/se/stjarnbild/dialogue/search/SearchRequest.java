package se.stjarnbild.dialogue.search;

import java.util.Set;

/**
 * What someone searches for. The words come straight from a search box and are never trusted;
 * the paging numbers are tidied rather than rejected so that a hand-edited URL cannot cause an error.
 *
 * @param words      what was typed; every word must match
 * @param kinds      the kinds to search; empty means all kinds
 * @param districtId only things in this district, or null for any district
 * @param offset     how many hits to skip (negative counts as 0)
 * @param limit      how many hits to return at most (kept between 0 and {@link #MAX_LIMIT})
 */
public record SearchRequest(String words, Set<SearchKind> kinds, Long districtId, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1_000;

    public SearchRequest {
        words = words == null ? "" : words;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        offset = Math.max(0, offset);
        limit = Math.max(0, Math.min(MAX_LIMIT, limit));
    }

    /** The first page of hits of every kind in every district. */
    public static SearchRequest of(String words) {
        return new SearchRequest(words, Set.of(), null, 0, DEFAULT_LIMIT);
    }
}
