package se.stjarnbild.dialogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Fragmenter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * Makes the HTML of a hit: everything escaped, matching words in {@code <mark>}. The text is analysed
 * again with the index analyzer, so a whole word is marked when its stem or one of its compound
 * parts matched ("ost" marks "Osten", "fiske" marks "Fiskevänner").
 */
final class HitHighlighter {

    /** About the length of a fragment; shorter texts are shown whole. */
    static final int FRAGMENT_LENGTH = 240;
    static final String ELLIPSIS = "…";
    /** Bounds the work per hit for very long texts; a match further in shows the beginning instead. */
    static final int MAX_CHARS_TO_ANALYZE = 200_000;

    private static final String MARK_START = "<mark>";
    private static final String MARK_END = "</mark>";

    private final Analyzer indexAnalyzer;
    private final Query words;

    HitHighlighter(Analyzer indexAnalyzer, Query words) {
        this.indexAnalyzer = indexAnalyzer;
        this.words = words;
    }

    /** The escaped title with marks; null when there is no title. */
    String title(String title) {
        if (title == null) {
            return null;
        }
        String marked = bestFragment(IndexFields.TITLE, title, new NullFragmenter());
        return marked != null ? marked : escape(title);
    }

    /** The whole text when short, otherwise its best fragment; escaped, with marks. */
    String fragment(String text) {
        if (text.length() <= FRAGMENT_LENGTH) {
            String marked = bestFragment(IndexFields.TEXT, text, new NullFragmenter());
            return marked != null ? marked : escape(text);
        }
        String marked = bestFragment(IndexFields.TEXT, text, new SimpleFragmenter(FRAGMENT_LENGTH));
        return marked != null ? withEllipses(marked.strip(), text) : escape(beginning(text)) + ' ' + ELLIPSIS;
    }

    static String escape(String text) {
        return SimpleHTMLEncoder.htmlEncode(text);
    }

    /** Null when nothing in the text matched. */
    private String bestFragment(String field, String text, Fragmenter fragmenter) {
        Highlighter highlighter = new Highlighter(
                new SimpleHTMLFormatter(MARK_START, MARK_END), new SimpleHTMLEncoder(), new QueryTermScorer(words, field));
        highlighter.setTextFragmenter(fragmenter);
        highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_TO_ANALYZE);
        try {
            return highlighter.getBestFragment(indexAnalyzer, field, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            // Cannot happen with our own analyzer on the stored text; fall back to no marks.
            return null;
        }
    }

    /** Adds "…" where the fragment does not reach the beginning or the end of the text. */
    private static String withEllipses(String fragmentHtml, String text) {
        String plain = unescape(fragmentHtml.replace(MARK_START, "").replace(MARK_END, ""));
        int at = text.indexOf(plain);
        boolean fromBeginning = at >= 0 && text.substring(0, at).isBlank();
        boolean toEnd = at >= 0 && text.substring(at + plain.length()).isBlank();
        return (fromBeginning ? "" : ELLIPSIS + ' ') + fragmentHtml + (toEnd ? "" : ' ' + ELLIPSIS);
    }

    /** The reverse of {@link SimpleHTMLEncoder}, used only to find a fragment in its text. */
    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** About a fragment's length from the start of the text, ending at a word boundary. */
    private static String beginning(String text) {
        int end = text.lastIndexOf(' ', FRAGMENT_LENGTH);
        return text.substring(0, end > 0 ? end : FRAGMENT_LENGTH).strip();
    }
}
