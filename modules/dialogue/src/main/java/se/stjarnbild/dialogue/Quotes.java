package se.stjarnbild.dialogue;

import java.util.List;

/** All quotes, whatever their source: found a page at a time, newest first. */
public interface Quotes {

    List<QuoteListRow> page(QuoteFilter filter, int first, int size);

    long count(QuoteFilter filter);
}
