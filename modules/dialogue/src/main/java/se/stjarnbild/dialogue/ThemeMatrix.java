package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.List;

/**
 * Themes × districts or themes × respondent categories: each cell the number of quotes coded
 * with the theme (a top theme counts its sub-themes' quotes too, each quote once). A column's
 * {@code key} is a district id or a category name, as the quote list's filters take them.
 */
public record ThemeMatrix(MatrixAxis axis, List<Column> columns, List<Row> rows) implements Serializable {

    public record Column(String key, String label) implements Serializable {
    }

    public record Row(long themeId, String name, boolean topLevel, List<Long> cells, long total)
            implements Serializable {
    }
}
