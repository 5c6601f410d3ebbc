package se.stjarnbild.dialogue.importing;

import java.util.List;

/**
 * A spreadsheet as text, before anything is checked. The detected encoding ("UTF-8", "UTF-8 BOM",
 * "windows-1252") and separator are shown on the preview so a person can correct a wrong guess;
 * both are null for XLSX files, which need no guessing.
 */
public record RawSheet(List<String> header, List<RawRow> rows, String detectedEncoding, Character detectedSeparator) {

    public RawSheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
