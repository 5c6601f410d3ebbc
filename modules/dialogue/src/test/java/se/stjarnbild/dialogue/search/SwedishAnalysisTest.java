package se.stjarnbild.dialogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishAnalysisTest {

    private static final Analyzer INDEX = SwedishAnalysis.indexAnalyzer();
    private static final Analyzer QUERY = SwedishAnalysis.queryAnalyzer();

    /** What a search needs: every term of the query is among the terms indexed for the text. */
    private static boolean finds(String query, String text) {
        List<String> queryTerms = SwedishAnalysis.terms(QUERY, query);
        return !queryTerms.isEmpty() && SwedishAnalysis.terms(INDEX, text).containsAll(queryTerms);
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource({
        "ost, osten", "ost, Ostar", "ost, ostarna", "ost, ostens", "osten, ost",
        "fiske, fisket", "fisk, fiskarna", "lanthandel, lanthandeln", "lanthandeln, lanthandel",
        "fjäll, fjället", "fjäll, fjällens", "mejeri, mejeriet", "by, byarna", "sjö, sjön",
        "kyrka, kyrkan", "skola, skolan", "stuga, stugan", "ström, strömmen", "vän, vänner",
        "turist, turister", "kött, köttet", "renskötsel, renskötseln",
        "byar, byarna", "byarna, by", "byar, by", "by, byn", "ö, öarna", "ån, å", "sjöar, sjöarna", "fjällen, fjäll", "stugor, stugorna", "gårdar, gården"
    })
    void inflectedFormsMeet(String query, String text) {
        assertTrue(finds(query, text));
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource({
        "fiske, Fiskevänner", "vänner, fiskevänner", "vän, fiskevännerna",
        "mejeri, bymejeri", "mejeri, Bymejeriet", "mejeriet, bymejeriet", "by, bymejeriet",
        "ström, Hotagsströmmen", "strömmen, Hotagsströmmen", "handel, lanthandeln",
        "ost, getost", "ost, Västerbottensosten", "ost, ostbutiken", "skog, skogsstigen",
        "stig, skogsstigen", "by, fjällbyn", "gård, hembygdsgården", "hembygd, hembygdsgården",
        "kultur, kulturhuset", "hus, kulturhuset", "skoter, skoterleden", "led, skoterleden",
        "kyrka, kyrkogården", "gård, kyrkogården", "fisk, fiskevatten", "vatten, fiskevatten", "gata, gatuköket", "kvinna, kvinnoföreningen",
        "granne, grannbyn", "stjärna, stjärnhimmel", "skola, skolgården",
        "mat, mathantverkare", "hantverk, mathantverkare", "samisk, samiskt", "jakt, älgjakten",
        "älg, älgjakten", "bär, blåbärsskogen", "sjö, Storsjöbygden", "bygd, Storsjöbygden"
    })
    void compoundPartsAreFound(String query, String text) {
        assertTrue(finds(query, text));
    }

    @ParameterizedTest(name = "\"{0}\" does not find \"{1}\"")
    @CsvSource({
        "ost, kosta", "ost, kostar", "ost, post", "ost, frost", "ost, kostnaden", "ost, bostad",
        "ost, kompost", "ost, Östersund", "ost, östra", "ost, Ostindien",
        "vän, använda", "vän, vänta", "vän, vänster", "vän, vänder",
        "by, byxor", "by, bygget", "by, byrån", "mat, matematik", "mat, automat", "mat, mattan",
        "led, ledsen", "hus, hustru", "dal, skandal", "dal, medaljen", "ren, grenar",
        "gran, grannbyn", "gran, grannar", "mat, matematiken", "sten, kosten", "ko, människor", "fiskevänner, fisket", "bymejeri, mejeriet",
        "kvar, kv", "fin, fi", "by, byrå", "ö, önska", "ö, öl", "syn, sy", "son, so", "lön, lö", "rån, rå", "lån, lå"
    })
    void wordsThatMerelyContainAPartAreNotSplit(String query, String text) {
        assertFalse(finds(query, text));
    }

    @Test
    void theQueryAnalyzerKeepsCompoundsWhole() {
        assertEquals(List.of("fiskevänn"), SwedishAnalysis.terms(QUERY, "Fiskevänner"));
        assertTrue(SwedishAnalysis.terms(INDEX, "Fiskevänner").containsAll(List.of("fiskevänn", "fisk", "vänn")));
    }

    @Test
    void stopWordsAreDropped() {
        assertEquals(List.of(), SwedishAnalysis.terms(QUERY, "och i den som är för"));
        assertEquals(List.of("ost"), SwedishAnalysis.terms(QUERY, "och ost"));
    }

    @Test
    void querySyntaxIsNotWords() {
        assertEquals(List.of(), SwedishAnalysis.terms(QUERY, "\" * ? : - ( ) [ ] { } ~ ^ \\ / && || !"));
        assertEquals(List.of("ost"), SwedishAnalysis.terms(QUERY, "ost:"));
        assertEquals(List.of("fisk", "ost"), SwedishAnalysis.terms(QUERY, "(fiske) \"ost*\""));
        assertEquals(List.of(), SwedishAnalysis.terms(QUERY, null));
    }

    @Test
    void theDictionaryIsSizeableAndClean() {
        CompoundDictionary dictionary = CompoundDictionary.standard();
        CharArraySet stopWords = SwedishAnalyzer.getDefaultStopSet();
        assertTrue(dictionary.parts().size() >= 400, "parts: " + dictionary.parts().size());
        for (Object entry : dictionary.parts()) {
            String part = new String((char[]) entry);
            assertEquals(part.toLowerCase(Locale.ROOT), part);
            assertTrue(part.length() >= SwedishCompoundPartFilter.MIN_PART_SIZE
                    && part.length() <= SwedishCompoundPartFilter.MAX_PART_SIZE, part);
            assertFalse(stopWords.contains(part), "stop word " + part);
            assertTrue(part.chars().allMatch(Character::isLetter), part);
        }
        assertTrue(dictionary.joiningForms().contains("kvinn"));
        assertTrue(dictionary.parts().contains("kvinn"));
    }

    @Test
    void dictionaryLinesMayHaveCommentsBlanksAndJoiningForms() throws IOException {
        String file = "# Parts\n\nOst\n  fiske   # as in fiskevänner\n#by\nkvinn-  # kvinn-o-förening\n";
        CompoundDictionary dictionary = CompoundDictionary.read(new BufferedReader(new StringReader(file)));
        assertEquals(3, dictionary.parts().size());
        assertTrue(dictionary.parts().contains("ost"));
        assertTrue(dictionary.parts().contains("fiske"));
        assertTrue(dictionary.parts().contains("kvinn"));
        assertEquals(1, dictionary.joiningForms().size());
        assertTrue(dictionary.joiningForms().contains("kvinn"));
    }
}
