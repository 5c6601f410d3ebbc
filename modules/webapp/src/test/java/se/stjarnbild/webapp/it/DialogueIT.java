package se.stjarnbild.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stjarnbild.dialogue.Codebook;
import se.stjarnbild.dialogue.EvidenceSummary;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.Matrix;
import se.stjarnbild.dialogue.MatrixAxis;
import se.stjarnbild.dialogue.QuoteFilter;
import se.stjarnbild.dialogue.Quotes;
import se.stjarnbild.dialogue.StarInput;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.dialogue.Tally;
import se.stjarnbild.dialogue.ThemeInput;
import se.stjarnbild.dialogue.ThemeMatrix;
import se.stjarnbild.dialogue.ThemeRow;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.RespondentCategory;
import se.stjarnbild.model.dialogue.StarStatus;

/**
 * The dialogue module in the container: coding that survives renames and merges, the matrix and
 * star evidence counting the same quotes the quote list shows. Deploys the WAR as built.
 */
@ExtendWith(ArquillianExtension.class)
class DialogueIT {

    @Deployment
    static WebArchive deployment() {
        return ProductWar.asBuilt();
    }

    @Inject
    private Interviews interviews;

    @Inject
    private Quotes quotes;

    @Inject
    private Codebook codebook;

    @Inject
    private Stars stars;

    @Inject
    private Matrix matrix;

    @Test
    void codingsSurviveRenameAndMergeAndTheMatrixAndStarEvidenceCountThem() {
        List<Long> interviewIds = new ArrayList<>();
        List<Long> themeIds = new ArrayList<>();
        Long starId = null;
        try {
            long hotagen = district("Hotagen");
            long follinge = interviews.districts().stream().filter(d -> !d.name().equals("Hotagen")).findFirst()
                    .orElseThrow().id();
            LocalDate july = LocalDate.of(2026, 7, 10);
            long resident = interview(july, hotagen, RespondentCategory.RESIDENT, interviewIds);
            long visitor = interview(july, follinge, RespondentCategory.VISITOR, interviewIds);
            long q1 = interviews.addQuote(resident, "Fisket i strömmen är det bästa vi har", AttributionLevel.ANONYMOUS);
            long q2 = interviews.addQuote(resident, "Älven och fisket håller byn vid liv", AttributionLevel.ANONYMOUS);
            long q3 = interviews.addQuote(visitor, "Vattnet är så klart att man ser botten", AttributionLevel.PLACE_ONLY);

            long nature = codebook.create(new ThemeInput("IT Natur", "Allt ute", null));
            themeIds.add(nature);
            long fishing = codebook.create(new ThemeInput("IT Fiske", null, nature));
            themeIds.add(fishing);
            long water = codebook.create(new ThemeInput("IT Vatten", null, null));
            themeIds.add(water);
            codebook.code(q1, Set.of(fishing));
            codebook.code(q2, Set.of(nature, fishing));
            codebook.code(q3, Set.of(water));

            ThemeRow natureRow = row(nature);
            assertEquals(1, natureRow.quotes(), "coded with the top theme itself");
            assertEquals(2, natureRow.quotesWithSubThemes(), "with its sub-theme, each quote once");
            assertEquals(2, row(fishing).quotes());

            // Refusals name the field and change nothing.
            assertField("name", "theme.name.taken", () -> codebook.create(new ThemeInput("it natur", null, null)));
            assertField("parent", "theme.parent.notTopLevel", () -> codebook.create(new ThemeInput("IT Djupt", null, fishing)));
            assertField("name", "theme.name.required", () -> codebook.create(new ThemeInput("  ", null, null)));
            assertField(null, "theme.delete.inUse", () -> codebook.delete(water));
            assertEquals(3, codebook.themes().stream().filter(t -> t.name().startsWith("IT ")).count());

            codebook.update(fishing, row(fishing).version(), new ThemeInput("IT Sportfiske", "Omdöpt", nature));
            assertEquals("IT Sportfiske", row(fishing).name());
            assertEquals(Set.of(fishing), codebook.themesOf(q1), "renaming keeps the coding");

            ThemeMatrix byDistrict = matrix.of(MatrixAxis.DISTRICT);
            assertEquals(2L, cell(byDistrict, nature, String.valueOf(hotagen)));
            assertEquals(2L, cell(byDistrict, fishing, String.valueOf(hotagen)));
            assertEquals(1L, cell(byDistrict, water, String.valueOf(follinge)));
            assertEquals(0L, cell(byDistrict, water, String.valueOf(hotagen)));
            assertEquals(quotes.count(new QuoteFilter(hotagen, null, null, null, nature, null, null)),
                    cell(byDistrict, nature, String.valueOf(hotagen)), "a cell is what its quote list shows");
            ThemeMatrix byCategory = matrix.of(MatrixAxis.CATEGORY);
            assertEquals(2L, cell(byCategory, nature, "RESIDENT"));
            assertEquals(1L, cell(byCategory, water, "VISITOR"));
            assertEquals(quotes.count(new QuoteFilter(null, null, null, null, nature, RespondentCategory.RESIDENT, null)),
                    cell(byCategory, nature, "RESIDENT"));

            assertField("into", "theme.merge.intoOwnSubTheme", () -> codebook.merge(nature, fishing));
            assertEquals(1, codebook.merge(water, nature), "one quote had its coding moved");
            assertTrue(codebook.themes().stream().noneMatch(t -> t.id() == water), "the merged theme is gone");
            assertEquals(Set.of(nature), codebook.themesOf(q3));
            assertEquals(3, row(nature).quotesWithSubThemes());

            assertField("title", "star.title.required", () -> stars.save(null, 0, new StarInput(" ", null, Set.of(),
                    StarStatus.PROPOSED)));
            long before = stars.list().size();
            starId = stars.save(null, 0, new StarInput("IT Levande fiskevatten", "<b>Strömmar</b> och sjöar",
                    Set.of(hotagen), StarStatus.SHORTLISTED));
            assertEquals(before + 1, stars.list().size());
            assertEquals("Strömmar och sjöar", stars.find(starId).orElseThrow().description(), "markup removed");
            final long star = starId;
            assertField("title", "star.title.taken", () -> stars.save(null, 0, new StarInput("it levande FISKEVATTEN",
                    null, Set.of(), StarStatus.PROPOSED)));
            assertEquals(3, stars.link(star, List.of(q1, q2, q3)));
            assertEquals(0, stars.link(star, List.of(q1)), "linking twice adds nothing");
            EvidenceSummary evidence = stars.evidence(star);
            assertEquals(3, evidence.quotes());
            assertEquals(Map.of("Hotagen", 2L), tallies(evidence.byDistrict()).entrySet().stream()
                    .filter(e -> e.getKey().equals("Hotagen")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            assertEquals(Map.of("RESIDENT", 2L, "VISITOR", 1L), tallies(evidence.byCategory()));
            assertEquals(Map.of("INTERVIEW", 3L), tallies(evidence.bySource()));
            assertEquals(3, quotes.count(QuoteFilter.evidenceOf(star)));
            assertEquals(List.of("IT Levande fiskevatten"), stars.starsOf(q2).stream().map(c -> c.name()).toList());

            quotes.delete(q1);
            assertEquals(2, stars.evidence(star).quotes(), "a removed quote leaves the evidence");
            stars.unlink(star, q2);
            assertEquals(1, stars.evidence(star).quotes());
            assertTrue(quotes.find(q2).isPresent(), "unlinking keeps the quote");
            interviews.delete(visitor);
            interviewIds.remove(visitor);
            assertEquals(0, stars.evidence(star).quotes(), "removing an interview removes its quotes' links");
        } finally {
            if (starId != null) {
                stars.delete(starId);
            }
            interviewIds.forEach(interviews::delete);
            themeIds.stream().filter(id -> codebook.themes().stream().anyMatch(t -> t.id() == id))
                    .sorted((a, b) -> row(a).topLevel() == row(b).topLevel() ? 0 : row(a).topLevel() ? 1 : -1)
                    .forEach(codebook::delete);
        }
        assertTrue(codebook.themes().stream().noneMatch(t -> t.name().startsWith("IT ")), "clean after the test");
    }

    @Test
    void aQuoteIsCorrectedCleanedAndAStaleOrEmptyCorrectionIsRefused() {
        long id = interview(LocalDate.of(2026, 7, 11), district("Hotagen"), RespondentCategory.VISITOR, new ArrayList<>());
        try {
            long quoteId = interviews.addQuote(id, "Fjällen är nära", AttributionLevel.ANONYMOUS);
            long version = quotes.find(quoteId).orElseThrow().version();
            quotes.update(quoteId, version, "Fjällen är <script>alert(1)</script>nära <i>oss</i>", AttributionLevel.PLACE_ONLY);
            assertEquals("Fjällen är nära oss", quotes.find(quoteId).orElseThrow().text());
            assertEquals(AttributionLevel.PLACE_ONLY, quotes.find(quoteId).orElseThrow().attribution());
            long current = quotes.find(quoteId).orElseThrow().version();
            assertField("quoteText", "quote.text.required", () -> quotes.update(quoteId, current, "<p> </p>", AttributionLevel.ANONYMOUS));
            assertThrows(Exception.class, () -> quotes.update(quoteId, version, "Gammal version", AttributionLevel.ANONYMOUS));
            assertEquals("Fjällen är nära oss", quotes.find(quoteId).orElseThrow().text(), "nothing changed");
        } finally {
            interviews.delete(id);
        }
    }

    private long district(String name) {
        return interviews.districts().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long interview(LocalDate date, long district, RespondentCategory category, List<Long> ids) {
        long id = interviews.save(null, 0, new InterviewInput(date, district, null, null, "IT Intervjuare", category,
                null, true, date, null));
        ids.add(id);
        return id;
    }

    private ThemeRow row(long themeId) {
        return codebook.themes().stream().filter(t -> t.id() == themeId).findFirst().orElseThrow();
    }

    private static long cell(ThemeMatrix m, long themeId, String columnKey) {
        int column = m.columns().stream().map(ThemeMatrix.Column::key).toList().indexOf(columnKey);
        assertTrue(column >= 0, "column " + columnKey);
        return m.rows().stream().filter(r -> r.themeId() == themeId).findFirst().orElseThrow().cells().get(column);
    }

    private static Map<String, Long> tallies(List<Tally> tallies) {
        return tallies.stream().collect(Collectors.toMap(Tally::key, Tally::count));
    }

    private static void assertField(String field, String key, org.junit.jupiter.api.function.Executable action) {
        Throwable thrown = assertThrows(Throwable.class, action);
        while (!(thrown instanceof InvalidInputException) && thrown.getCause() != null && thrown.getCause() != thrown) {
            thrown = thrown.getCause();
        }
        assertTrue(thrown instanceof InvalidInputException, () -> "refused with field problems, not " + action);
        InvalidInputException refused = (InvalidInputException) thrown;
        assertFalse(refused.problems().isEmpty());
        assertEquals(field, refused.problems().get(0).field());
        assertEquals(key, refused.problems().get(0).messageKey());
    }
}
