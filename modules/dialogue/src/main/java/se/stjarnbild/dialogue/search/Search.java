package se.stjarnbild.dialogue.search;

/** One search over quotes, interviews, places and stars, in Swedish; the index follows the database. */
public interface Search {

    SearchResults search(SearchRequest request);

    /** Rebuilds the index from the database in the background (unless a rebuild already runs). */
    void rebuild();

    /** Rebuilds in the background when the index does not hold what the database holds (e.g. a first start). */
    void ensureFresh();

    /** How many things the index holds, and whether a rebuild is running. */
    SearchStatus status();
}
