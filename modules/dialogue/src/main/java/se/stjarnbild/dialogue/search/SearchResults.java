package se.stjarnbild.dialogue.search;

import java.util.List;

/**
 * One page of hits, best first.
 *
 * @param total how many things matched in all, for paging
 * @param hits  the requested page of them
 */
public record SearchResults(long total, List<SearchHit> hits) {

    private static final SearchResults EMPTY = new SearchResults(0, List.of());

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults empty() {
        return EMPTY;
    }
}
