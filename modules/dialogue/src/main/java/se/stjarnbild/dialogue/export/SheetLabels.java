package se.stjarnbild.dialogue.export;

import java.time.LocalDate;

/** The reader's words for the values that are codes in the data (source, attribution, category) and for dates. */
public interface SheetLabels {

    String label(Enum<?> value);

    String date(LocalDate date);

    /** The XLSX sheet's name in the reader's language. */
    String sheetName();
}
