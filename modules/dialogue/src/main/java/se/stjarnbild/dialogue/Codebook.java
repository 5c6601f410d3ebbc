package se.stjarnbild.dialogue;

import java.util.List;
import java.util.Set;

/**
 * The codebook: themes in two levels, and which themes each quote is coded with. Renaming or
 * moving a theme keeps its codings; merging moves them to the theme that remains.
 */
public interface Codebook {

    /** Every theme, top themes by name each followed by its sub-themes by name, with counts. */
    List<ThemeRow> themes();

    /** Creates a theme; {@link InvalidInputException} names the field when a rule is broken. */
    long create(ThemeInput input);

    /** Renames, redescribes or moves a theme; refused when someone saved it since {@code version}. */
    void update(long id, long version, ThemeInput input);

    /**
     * Moves every coding of {@code fromId} to {@code intoId} (a quote coded with both keeps one),
     * moves its sub-themes under {@code intoId}, and removes {@code fromId}. Returns how many
     * quotes had their coding moved.
     */
    long merge(long fromId, long intoId);

    /** Removes a theme that codes no quote and has no sub-themes; otherwise refused (merge instead). */
    void delete(long id);

    /** The ids of the themes a quote is coded with. */
    Set<Long> themesOf(long quoteId);

    /** Codes a quote with exactly these themes. */
    void code(long quoteId, Set<Long> themeIds);

    /**
     * Adds and removes codings of a quote in one step, leaving the rest as they are: what someone
     * else coded meanwhile stays.
     */
    void recode(long quoteId, Set<Long> add, Set<Long> remove);
}
