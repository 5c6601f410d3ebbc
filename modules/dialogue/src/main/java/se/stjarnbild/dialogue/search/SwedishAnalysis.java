package se.stjarnbild.dialogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Swedish analysis of text for the index and of what people type into the search box.
 *
 * <p>Both lower-case, drop Swedish stop words and stem with Lucene's light Swedish stemmer. It was
 * chosen over the Snowball stemmer because it brings together the definite forms that matter here
 * (fiske, fisket; lanthandel, lanthandeln; fjäll, fjället; mejeri, mejeriet), which Snowball leaves
 * apart in short words. Only the index side splits compounds into their dictionary parts, so the
 * query "fiske" finds "fiskevänner" while the query "fiskevänner" stays precise.
 */
public final class SwedishAnalysis {

    /** Changes whenever the terms made from a text change; an index of another version is rebuilt. */
    public static final String VERSION = "3";


    private SwedishAnalysis() {
    }

    /** For indexing: also indexes the dictionary parts a compound is made of. */
    public static Analyzer indexAnalyzer() {
        return new SwedishChain(CompoundDictionary.standard(), true);
    }

    /** For what people search for: the same chain without splitting compounds. */
    public static Analyzer queryAnalyzer() {
        return new SwedishChain(CompoundDictionary.standard(), false);
    }

    /** The terms the analyzer makes of the text, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static final class SwedishChain extends Analyzer {

        private final CompoundDictionary dictionary;
        private final boolean splitCompounds;

        SwedishChain(CompoundDictionary dictionary, boolean splitCompounds) {
            this.dictionary = dictionary;
            this.splitCompounds = splitCompounds;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            if (splitCompounds) {
                result = new SwedishCompoundPartFilter(result, dictionary.parts());
            }
            result = new StopFilter(result, SwedishAnalyzer.getDefaultStopSet());
            // On both sides, so a joining form that is also a word ("grann") is treated alike.
            result = new SetKeywordMarkerFilter(result, dictionary.joiningForms());
            result = new SwedishLightStemFilter(result);
            result = new SwedishShortNounFilter(result);
            if (splitCompounds) {
                // A part and its inflected tail often stem alike; once is enough for scoring.
                result = new RemoveDuplicatesTokenFilter(result);
            }
            return new TokenStreamComponents(source, result);
        }
    }
}
