package se.stjarnbild.dialogue.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Brings the inflections of very short nouns back to the noun: "byar", "byarna", "byn" to "by",
 * "öar", "ön" to "ö", "ån" to "å". The light stemmer leaves words this short alone, so "byar"
 * did not find "byarna". Runs after it (which has already turned "byarna" into "byarn"); only
 * such roots are touched, so "kvar", "fin", "lön" or "rån" stay.
 */
final class SwedishShortNounFilter extends TokenFilter {

    private static final String[] ENDINGS = {"arnas", "arna", "arn", "ars", "ar", "ns", "n"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SwedishShortNounFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            term.setLength(rootLength(term.buffer(), term.length()));
        }
        return true;
    }

    /** The length of the short root the word is an inflection of, or the word's own length. */
    static int rootLength(char[] word, int length) {
        if (NOT_INFLECTIONS.contains(new String(word, 0, length))) {
            return length;
        }
        for (String ending : ENDINGS) {
            int root = length - ending.length();
            if (root >= 1 && root <= 2 && endsWith(word, length, ending) && isShortNounRoot(word[root - 1], root)) {
                return root;
            }
        }
        return length;
    }

    /** Words that look like such an inflection but are words of their own. */
    private static final java.util.Set<String> NOT_INFLECTIONS = java.util.Set.of("syn", "syns", "son", "sons");

    private static boolean endsWith(char[] word, int length, String ending) {
        for (int i = 0; i < ending.length(); i++) {
            if (word[length - ending.length() + i] != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * by, ko, bo: two letters ending in y or o; ö and å only alone (the island, the stream), as
     * lön, bön, rån, lån and mån are words of their own, not inflections of lö or rå.
     */
    private static boolean isShortNounRoot(char last, int rootLength) {
        return switch (last) {
            case 'y', 'o' -> rootLength == 2;
            case 'ö', 'å' -> rootLength == 1;
            default -> false;
        };
    }
}
