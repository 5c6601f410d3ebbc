package se.stjarnbild.dialogue.search;

import java.util.List;

/**
 * Something searchable changed (fired as a CDI event by the services that change it, heard once
 * the transaction has committed): these ids of one kind were saved or removed (an import saves
 * many at once).
 */
public record SearchChange(SearchKind kind, List<Long> ids, boolean removed) {

    public SearchChange {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public static SearchChange saved(SearchKind kind, long id) {
        return new SearchChange(kind, List.of(id), false);
    }

    /** Many saved at once, e.g. by an import: indexed by reading their id range in batches. */
    public static SearchChange saved(SearchKind kind, List<Long> ids) {
        return new SearchChange(kind, ids, false);
    }

    public static SearchChange removed(SearchKind kind, List<Long> ids) {
        return new SearchChange(kind, ids, true);
    }
}
