package se.stjarnbild.dialogue.search;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;

/**
 * Lucene's dictionary compound filter, made stricter for Swedish: it keeps each word and adds the
 * dictionary parts found inside it, but only those that {@link CompoundSplit} accepts as real parts.
 * Lucene proposes every dictionary word occurring anywhere in the word; without the check "ost"
 * would be indexed for "kosta" and "vän" for "använda".
 */
final class SwedishCompoundPartFilter extends DictionaryCompoundWordTokenFilter {

    /** Shorter words are hardly ever compounds, and splitting them only adds noise. */
    static final int MIN_WORD_SIZE = 5;
    /** Two letters, because "by" (village) is one of the most common parts of Jämtland's compounds. */
    static final int MIN_PART_SIZE = 2;
    static final int MAX_PART_SIZE = 15;

    SwedishCompoundPartFilter(TokenStream input, CharArraySet parts) {
        super(input, parts, MIN_WORD_SIZE, MIN_PART_SIZE, MAX_PART_SIZE, false);
    }

    @Override
    protected void decompose() {
        super.decompose();
        if (tokens.isEmpty()) {
            return;
        }
        String word = termAtt.toString();
        Set<CompoundSplit.Piece> candidates = new TreeSet<>();
        for (CompoundToken proposed : tokens) {
            String part = proposed.txt.toString();
            for (int at = word.indexOf(part); at >= 0; at = word.indexOf(part, at + 1)) {
                candidates.add(new CompoundSplit.Piece(at, at + part.length()));
            }
        }
        tokens.clear();
        for (CompoundSplit.Piece piece : CompoundSplit.piecesToIndex(word, candidates)) {
            tokens.add(new CompoundToken(piece.start(), piece.length()));
        }
    }
}
