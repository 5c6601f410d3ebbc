package se.stjarnbild.dialogue.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {

    private static final long KROKOM = 10;
    private static final long HOTAGEN = 20;
    private static final long ÖSTERSUND = 30;

    private ByteBuffersDirectory directory;
    private SearchIndex index;

    @BeforeEach
    void openIndexWithSwedishSentences() {
        directory = new ByteBuffersDirectory();
        index = new SearchIndex(directory);
        index.replaceAll(List.of(
                quote(1, "Osten från Skärvångens bymejeri är den bästa jag har ätit", KROKOM),
                quote(2, "Vi köpte tre ostar i Föllinge", KROKOM),
                quote(3, "Fiskevänner från hela Europa kommer till Hotagsströmmen", HOTAGEN),
                new SearchDocument(SearchKind.INTERVIEW, 4, "Fiske i norr", "Fisket i Hotagsströmmen är unikt", HOTAGEN),
                new SearchDocument(SearchKind.PLACE, 5, "Krokom", "Gamla lanthandeln i Krokom har allt", KROKOM),
                quote(6, "Det kostar för mycket att åka till Östersund när det är frost", ÖSTERSUND),
                quote(7, "Posten har stängt och kostnaden för en bostad ökar", ÖSTERSUND)));
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.close();
        directory.close();
    }

    @Test
    void aWordFindsItsInflectedForms() {
        assertEquals(Set.of(1L, 2L), ids(search("ost")));
        assertEquals(Set.of(1L, 2L), ids(search("osten")));
        assertEquals(Set.of(5L), ids(search("lanthandel")));
    }

    @Test
    void aWordFindsCompoundsItIsPartOf() {
        assertEquals(Set.of(3L, 4L), ids(search("fiske")));
        assertEquals(Set.of(1L), ids(search("mejeri")));
        assertEquals(Set.of(3L, 4L), ids(search("ström")));
        assertEquals(Set.of(5L), ids(search("handel")));
    }

    @Test
    void aCompoundQueryStaysPrecise() {
        assertEquals(Set.of(3L), ids(search("fiskevänner")));
        assertEquals(Set.of(1L), ids(search("bymejeriet")));
    }

    @Test
    void wordsThatMerelyContainTheQueryAreNotFound() {
        // "kostar", "Östersund", "frost", "Posten", "kostnaden" and "bostad" all contain "ost" or "öst".
        assertEquals(Set.of(1L, 2L), ids(search("ost")));
        assertEquals(Set.of(6L), ids(search("Östersund")));
        assertEquals(Set.of(7L), ids(search("post")));
    }

    @Test
    void everyWordMustMatchInTitleOrText() {
        assertEquals(Set.of(2L), ids(search("ost Föllinge")));
        assertEquals(Set.of(4L), ids(search("fiske unikt")));
        assertEquals(Set.of(4L), ids(search("norr Hotagsströmmen")));
        assertEquals(Set.of(), ids(search("ost fiske")));
    }

    @Test
    void aTitleMatchRanksFirst() {
        SearchResults results = search("fiske");
        assertEquals(4L, results.hits().get(0).id());
        assertTrue(results.hits().get(0).score() > results.hits().get(1).score());
    }

    @Test
    void kindsAndDistrictNarrowTheSearch() {
        assertEquals(Set.of(4L), ids(index.search(new SearchRequest("fiske", Set.of(SearchKind.INTERVIEW), null, 0, 20))));
        assertEquals(Set.of(3L, 4L), ids(index.search(
                new SearchRequest("fiske", Set.of(SearchKind.QUOTE, SearchKind.INTERVIEW), null, 0, 20))));
        assertEquals(Set.of(), ids(index.search(new SearchRequest("fiske", Set.of(SearchKind.STAR), null, 0, 20))));
        assertEquals(Set.of(1L, 2L), ids(index.search(new SearchRequest("ost", Set.of(), KROKOM, 0, 20))));
        assertEquals(Set.of(), ids(index.search(new SearchRequest("ost", Set.of(), HOTAGEN, 0, 20))));
        assertEquals(Set.of(5L), ids(index.search(new SearchRequest("krokom", Set.of(SearchKind.PLACE), KROKOM, 0, 20))));
    }

    @Test
    void matchesAreMarkedInTheHtml() {
        SearchHit cheese = hit(search("ost"), 1);
        assertTrue(cheese.fragmentHtml().contains("<mark>Osten</mark>"), cheese.fragmentHtml());
        assertNull(cheese.titleHtml());
        assertTrue(hit(search("ost"), 2).fragmentHtml().contains("<mark>ostar</mark>"));
        assertTrue(hit(search("mejeri"), 1).fragmentHtml().contains("<mark>bymejeri</mark>"));
        SearchHit fishing = hit(search("fiske"), 4);
        assertEquals("<mark>Fiske</mark> i norr", fishing.titleHtml());
        assertEquals("<mark>Fisket</mark> i Hotagsströmmen är unikt", fishing.fragmentHtml());
        assertTrue(hit(search("fiske"), 3).fragmentHtml().startsWith("<mark>Fiskevänner</mark> från hela Europa"));
    }

    @Test
    void aTitleWithoutMatchIsJustEscaped() {
        SearchHit shop = hit(search("lanthandel"), 5);
        assertEquals("Krokom", shop.titleHtml());
        assertEquals("Gamla <mark>lanthandeln</mark> i Krokom har allt", shop.fragmentHtml());
    }

    @Test
    void markupInTextsIsEscaped() {
        index.replace(new SearchDocument(SearchKind.PLACE, 8, "<b>Fjäll</b> & \"dal\"",
                "<script>alert(1)</script> fina fjäll", null));
        SearchHit hit = hit(search("fjäll"), 8);
        assertTrue(hit.fragmentHtml().contains("&lt;script&gt;"), hit.fragmentHtml());
        assertFalse(hit.fragmentHtml().contains("<script>"));
        assertTrue(hit.fragmentHtml().endsWith("fina <mark>fjäll</mark>"));
        assertEquals("&lt;b&gt;<mark>Fjäll</mark>&lt;&#x2F;b&gt; &amp; &quot;dal&quot;", hit.titleHtml());
    }

    @Test
    void aLongTextGivesAFragmentAroundTheMatch() {
        String filler = "Vi pratade länge om vädret och om vägen hit. ".repeat(20);
        String text = filler + "Men osten från bymejeriet var det alla mindes. " + filler;
        index.replace(quote(9, text, null));
        String fragment = hit(search("mejeri"), 9).fragmentHtml();
        assertTrue(fragment.contains("<mark>bymejeriet</mark>"), fragment);
        assertTrue(fragment.startsWith("… ") && fragment.endsWith(" …"), fragment);
        assertTrue(fragment.length() < HitHighlighter.FRAGMENT_LENGTH + 60, fragment);
    }

    @Test
    void aLongTextMatchedOnlyByTitleShowsItsBeginning() {
        String text = "Vi pratade länge om vädret och om vägen hit. ".repeat(20);
        index.replace(new SearchDocument(SearchKind.STAR, 10, "Stjärnfall över Oviken", text, null));
        String fragment = hit(search("Oviken"), 10).fragmentHtml();
        assertTrue(fragment.startsWith("Vi pratade länge") && fragment.endsWith(" …"), fragment);
        assertTrue(fragment.length() <= HitHighlighter.FRAGMENT_LENGTH + 2, fragment);
    }

    @ParameterizedTest(name = "[{0}] does not throw")
    @ValueSource(strings = {"fiske AND (", "\"", "*", "ost:", "-", "?", "(", ")", "[", "]", "{", "}", "~", "^2", "\\",
        "/", "!", "&&", "||", "AND", "OR", "NOT", "title:ost", "ost*", "fisk?", "\"ost", "+ost -fiske", "<script>",
        "' OR 1=1 --", "%", "ost~2", "[a TO z]", "\u0000", "\uD83D\uDE00", "  "})
    void hostileQueriesDoNotThrow(String words) {
        assertDoesNotThrow(() -> search(words));
    }

    @Test
    void querySyntaxIsIgnoredAndTheWordsStillCount() {
        assertEquals(Set.of(3L, 4L), ids(search("fiske AND (")));
        assertEquals(Set.of(1L, 2L), ids(search("ost:")));
        assertEquals(Set.of(1L, 2L), ids(search("\"ost\"")));
        assertEquals(Set.of(2L), ids(search("ost AND Föllinge")));
    }

    @Test
    void blankOrOnlyStopWordsFindsNothing() {
        assertEquals(SearchResults.empty(), search(""));
        assertEquals(SearchResults.empty(), search("   "));
        assertEquals(SearchResults.empty(), search(null));
        assertEquals(SearchResults.empty(), search("och i den är"));
        assertEquals(SearchResults.empty(), search("* ? -"));
    }

    @Test
    void replaceUpdatesADocument() {
        index.replace(quote(2, "Vi köpte tre fiskar i Föllinge", KROKOM));
        assertEquals(Set.of(1L), ids(search("ost")));
        assertEquals(Set.of(2L), ids(search("fisk Föllinge")));
        assertEquals(7, index.count());
    }

    @Test
    void theSameIdOfAnotherKindIsAnotherDocument() {
        index.replace(new SearchDocument(SearchKind.STAR, 1, "Ost", "Ostbrickan fick en stjärna", null));
        assertEquals(8, index.count());
        assertEquals(3, search("ost").total());
    }

    @Test
    void removeRemovesADocument() {
        index.remove(SearchKind.QUOTE, 1);
        assertEquals(Set.of(), ids(search("mejeri")));
        assertEquals(Set.of(2L), ids(search("ost")));
        assertEquals(6, index.count());
        index.remove(SearchKind.QUOTE, 1);
        index.remove(SearchKind.PLACE, 1);
        assertEquals(6, index.count());
    }

    @Test
    void rebuildReplacesTheWholeContent() {
        index.rebuild(List.of(
                new SearchDocument(SearchKind.PLACE, 100, "Offerdal", "Renskötseln i Offerdal", KROKOM)).iterator());
        assertEquals(1, index.count());
        assertEquals(Set.of(), ids(search("ost")));
        assertEquals(Set.of(100L), ids(search("renskötsel")));
    }

    @Test
    void aFailedRebuildKeepsTheOldContent() {
        Iterator<SearchDocument> failing = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SearchDocument next() {
                if (given++ == 3) {
                    throw new IllegalStateException("database went away");
                }
                return quote(200 + given, "Ny text om fjällen", null);
            }
        };
        assertThrows(IllegalStateException.class, () -> index.rebuild(failing));
        assertEquals(7, index.count());
        assertEquals(Set.of(1L, 2L), ids(search("ost")));
        index.replace(quote(300, "Efteråt går det att ändra igen, vid sjön", null));
        assertEquals(8, index.count());
        assertEquals(Set.of(), ids(search("fjäll")));
    }

    @Test
    void pagingGivesTheTotalAndOnePage() {
        List<SearchDocument> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(quote(1000 + i, "Fjällen runt Åre är vackra, nummer " + i, null));
        }
        index.replaceAll(many);
        SearchResults first = index.search(new SearchRequest("fjäll", Set.of(), null, 0, 10));
        SearchResults last = index.search(new SearchRequest("fjäll", Set.of(), null, 20, 10));
        SearchResults beyond = index.search(new SearchRequest("fjäll", Set.of(), null, 40, 10));
        assertEquals(25, first.total());
        assertEquals(10, first.hits().size());
        assertEquals(5, last.hits().size());
        assertEquals(25, beyond.total());
        assertEquals(List.of(), beyond.hits());
        assertEquals(0, index.search(new SearchRequest("fjäll", Set.of(), null, -5, 0)).hits().size());
    }

    @Test
    void theContentSurvivesReopening() {
        index.close();
        index = new SearchIndex(directory);
        assertEquals(7, index.count());
        assertEquals(Set.of(1L, 2L), ids(search("ost")));
    }

    @Test
    void changesAndSearchesMayRunConcurrently() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long first = 5000 + t * 100L;
                work.add(threads.submit(() -> {
                    for (long id = first; id < first + 25; id++) {
                        index.replace(quote(id, "Samtal om skoterleden nummer " + id, HOTAGEN));
                        assertTrue(search("skoter").total() >= 1);
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(107, index.count());
        assertEquals(100, search("skoterled").total());
    }

    @Test
    void rebuildIndexesManyDocuments() {
        int documents = 20_000;
        String[] sentences = {
            "Fiskevänner samlas vid Hotagsströmmen varje sommar",
            "Osten från bymejeriet säljs i lanthandeln",
            "Skoterleden över fjället är välskött",
            "Kulturhuset har musik varje fredag",
            "Renskötseln formar landskapet runt byn",
        };
        Iterator<SearchDocument> all = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < documents;
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                SearchKind kind = SearchKind.values()[i % SearchKind.values().length];
                return new SearchDocument(kind, i, i % 2 == 0 ? null : "Samtal " + i,
                        sentences[i % sentences.length] + ", anteckning " + i, (long) (i % 7));
            }
        };
        index.rebuild(all);
        assertEquals(documents, index.count());
        assertEquals(documents / sentences.length, search("mejeri").total());
        assertEquals(documents / sentences.length, search("fiske").total());
        assertEquals(SearchRequest.DEFAULT_LIMIT, search("mejeri").hits().size());
        long inDistrictThree = index.search(new SearchRequest("mejeri", Set.of(), 3L, 0, 10)).total();
        assertTrue(inDistrictThree > 0 && inDistrictThree < documents / sentences.length);
    }

    private SearchResults search(String words) {
        return index.search(SearchRequest.of(words));
    }

    private static SearchDocument quote(long id, String text, Long districtId) {
        return new SearchDocument(SearchKind.QUOTE, id, null, text, districtId);
    }

    private static Set<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private static SearchHit hit(SearchResults results, long id) {
        return results.hits().stream().filter(hit -> hit.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no hit " + id + " in " + results));
    }
}
