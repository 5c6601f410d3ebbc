package se.stjarnbild.dialogue;

import java.io.Serializable;

/**
 * A theme of the codebook as listed: top themes first, each followed by its sub-themes.
 * {@code quotes} counts quotes coded with the theme itself; {@code quotesWithSubThemes} also
 * counts quotes coded only with one of its sub-themes (each quote once).
 */
public record ThemeRow(long id, long version, String name, String description, Long parentId, String parentName,
        long quotes, long quotesWithSubThemes, int subThemes) implements Serializable {

    public boolean topLevel() {
        return parentId == null;
    }

    /** "Natur › Fiske" for a sub-theme, the name for a top theme. */
    public String path() {
        return parentName == null ? name : parentName + " › " + name;
    }
}
