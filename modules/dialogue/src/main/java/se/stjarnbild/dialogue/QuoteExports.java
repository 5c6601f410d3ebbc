package se.stjarnbild.dialogue;

import java.util.List;

/** Quotes for export, read in id order a batch at a time so that any number can be streamed out. */
public interface QuoteExports {

    /** Up to {@code size} quotes matching the filter with an id above {@code afterId}, by id. */
    List<QuoteExportRow> batch(QuoteFilter filter, long afterId, int size);
}
