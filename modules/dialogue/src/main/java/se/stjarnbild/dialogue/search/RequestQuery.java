package se.stjarnbild.dialogue.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchRequest} into Lucene queries. The typed words are only ever analysed into
 * terms, never parsed as query syntax, so quotes, brackets, wildcards and colons cannot break a search.
 */
final class RequestQuery {

    /** Longer input is cut here; nobody types more into a search box, and it bounds the work. */
    static final int MAX_WORDS_LENGTH = 1_000;
    /** Bounds the query size well below Lucene's clause limit, whatever is pasted in. */
    static final int MAX_TERMS = 32;
    /** A word in a title says more about the thing than the same word somewhere in its text. */
    static final float TITLE_BOOST = 2f;

    /**
     * Upper-case operators of other search engines. Every word is required anyway, so AND is what
     * happens; OR and NOT are not supported, and searching for them as words would find nothing.
     */
    private static final Set<String> OPERATOR_WORDS = Set.of("AND", "OR", "NOT");

    private RequestQuery() {
    }

    /** The distinct terms of the words, in the order typed; empty when nothing searchable is left. */
    static List<String> termsOf(Analyzer queryAnalyzer, String words) {
        String bounded = words.length() > MAX_WORDS_LENGTH ? words.substring(0, MAX_WORDS_LENGTH) : words;
        StringBuilder withoutOperators = new StringBuilder();
        for (String word : bounded.split("\\s+")) {
            if (!OPERATOR_WORDS.contains(word)) {
                withoutOperators.append(word).append(' ');
            }
        }
        Set<String> terms = new LinkedHashSet<>(SwedishAnalysis.terms(queryAnalyzer, withoutOperators.toString()));
        return new ArrayList<>(terms).subList(0, Math.min(MAX_TERMS, terms.size()));
    }

    /** Every term must match, in the title or in the text. */
    static Query allTerms(List<String> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            Query inTitle = new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, term)), TITLE_BOOST);
            Query inText = new TermQuery(new Term(IndexFields.TEXT, term));
            Query either = new BooleanQuery.Builder()
                    .add(inTitle, Occur.SHOULD)
                    .add(inText, Occur.SHOULD)
                    .build();
            all.add(either, Occur.MUST);
        }
        return all.build();
    }

    /** The words query narrowed to the requested kinds and district, which do not affect scores. */
    static Query filtered(Query words, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (!request.kinds().isEmpty()) {
            BooleanQuery.Builder anyKind = new BooleanQuery.Builder();
            for (SearchKind kind : request.kinds()) {
                anyKind.add(new TermQuery(IndexFields.kindOf(kind)), Occur.SHOULD);
            }
            query.add(anyKind.build(), Occur.FILTER);
        }
        if (request.districtId() != null) {
            query.add(new TermQuery(IndexFields.districtOf(request.districtId())), Occur.FILTER);
        }
        return query.build();
    }
}
