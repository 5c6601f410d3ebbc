package se.stjarnbild.dialogue.importing;

import java.util.List;

/**
 * One row's cells as text, trimmed. The row number is the one the person sees in Excel (the header
 * is usually row 1), so every message can point at the right row.
 */
public record RawRow(int rowNumber, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }
}
