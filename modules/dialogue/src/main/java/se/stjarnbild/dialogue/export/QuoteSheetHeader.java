package se.stjarnbild.dialogue.export;

import java.util.List;

/** The export's columns as message keys, in order; the web layer turns them into the reader's language. */
public final class QuoteSheetHeader {

    private QuoteSheetHeader() {
    }

    public static List<String> keys() {
        return QuoteCells.HEADER_KEYS;
    }
}
