package se.stjarnbild.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import se.stjarnbild.dialogue.ReactionOutcome;
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

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

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
            codebook.recode(q3, Set.of(nature), Set.of());
            assertEquals(Set.of(water, nature), codebook.themesOf(q3), "adding keeps what was there");
            codebook.recode(q3, Set.of(), Set.of(nature));
            assertEquals(Set.of(water), codebook.themesOf(q3), "removing takes only what was removed");
            assertEquals(List.of(
                    "[{\"field\":\"themes\",\"after\":\"" + water + "\"}]",
                    "[{\"field\":\"themes\",\"after\":\"" + nature + "\"}]",
                    "[{\"field\":\"themes\",\"before\":\"" + nature + "\"}]"),
                    linkEntries("Quote", q3), "each coding change is in the audit log: removed before, added after");
            assertEquals(List.of("[{\"field\":\"themes\",\"after\":\"" + Math.min(nature, fishing) + ", "
                    + Math.max(nature, fishing) + "\"}]"), linkEntries("Quote", q2));

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
            assertEquals(List.of("[{\"field\":\"evidence\",\"after\":\"" + q1 + ", " + q2 + ", " + q3 + "\"}]"),
                    linkEntries("Star", star), "linking evidence is audited once, with the quotes' ids");
            EvidenceSummary evidence = stars.evidence(star);
            assertEquals(3, evidence.quotes());
            assertEquals(Map.of("Hotagen", 2L), tallies(evidence.byDistrict()).entrySet().stream()
                    .filter(e -> e.getKey().equals("Hotagen")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            assertEquals(Map.of("RESIDENT", 2L, "VISITOR", 1L), tallies(evidence.byCategory()));
            assertEquals(Map.of("INTERVIEW", 3L), tallies(evidence.bySource()));
            assertEquals(3, quotes.count(QuoteFilter.evidenceOf(star)));
            assertEquals(List.of("IT Levande fiskevatten"), stars.starsOf(q2).stream().map(c -> c.name()).toList());
            assertEquals(Map.of(q3, List.of("IT Levande fiskevatten")), interviews.evidenceStars(visitor),
                    "deleting the quote would name the star that loses it");
            assertEquals(List.of("IT Levande fiskevatten"), interviews.page(new se.stjarnbild.dialogue.InterviewFilter(
                    null, null, "IT Intervjuare", null, null), se.stjarnbild.dialogue.InterviewSort.DATE, true, 0, 500)
                    .stream().filter(r -> r.id() == visitor).findFirst().orElseThrow().evidenceFor(),
                    "deleting the interview from the list names the star");

            quotes.delete(q1);
            assertEquals(2, stars.evidence(star).quotes(), "a removed quote leaves the evidence");
            stars.unlink(star, q2);
            assertEquals(1, stars.evidence(star).quotes());
            assertEquals("[{\"field\":\"evidence\",\"before\":\"" + q2 + "\"}]",
                    linkEntries("Star", star).get(1), "unlinking is audited");
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
            Throwable stale = assertThrows(Exception.class, () -> quotes.update(quoteId, version, "Gammal version",
                    AttributionLevel.ANONYMOUS));
            while (!(stale instanceof jakarta.persistence.OptimisticLockException) && stale.getCause() != null) {
                stale = stale.getCause();
            }
            assertTrue(stale instanceof jakarta.persistence.OptimisticLockException, "refused as a stale edit: " + stale);
            assertEquals("Fjällen är nära oss", quotes.find(quoteId).orElseThrow().text(), "nothing changed");
        } finally {
            interviews.delete(id);
        }
    }

    @Test
    void answersAreKeptOnlyWithConsentAndFollowTheirInterviewsLocation() {
        LocalDate day = LocalDate.of(2026, 7, 12);
        long hotagen = district("Hotagen");
        long withoutConsent = interviews.save(null, 0, new InterviewInput(day, hotagen, null, null, "IT Intervjuare",
                RespondentCategory.VISITOR, null, false, null, null));
        long id = interview(day, hotagen, RespondentCategory.VISITOR, new ArrayList<>());
        try {
            assertField("quoteText", "quote.consent.missing",
                    () -> interviews.addQuote(withoutConsent, "Orden utan samtycke", AttributionLevel.ANONYMOUS));
            assertEquals(0, interviews.find(withoutConsent).orElseThrow().quotes(), "nothing saved without consent");

            long quoteId = interviews.addQuote(id, "Strömmen är vår", AttributionLevel.ANONYMOUS);
            var saved = interviews.find(id).orElseThrow();
            InterviewInput in = saved.input();
            InterviewInput withdrawn = new InterviewInput(in.date(), in.districtId(), null, null, in.interviewer(),
                    in.category(), in.homeRegion(), false, null, in.notes());
            assertField("consentGiven", "interview.consent.withdrawnWithQuotes", () -> interviews.save(id, saved.version(), withdrawn));
            assertTrue(interviews.find(id).orElseThrow().input().consentGiven(), "consent still recorded after the refusal");

            long krokom = district("Ås/Krokom/Näskott");
            InterviewInput moved = new InterviewInput(in.date(), krokom, null, null, in.interviewer(), in.category(),
                    in.homeRegion(), true, in.consentDate(), in.notes());
            interviews.save(id, saved.version(), moved);
            assertEquals("Ås/Krokom/Näskott", quotes.find(quoteId).orElseThrow().district(),
                    "a corrected district moves the interview's quotes too");
        } finally {
            interviews.delete(id);
            interviews.delete(withoutConsent);
        }
    }

    @Inject
    private se.stjarnbild.dialogue.importing.InterviewImport importer;

    @Inject
    private se.stjarnbild.dialogue.search.Search search;

    @Test
    void anImportSavesEveryRowOrNothingAndItsQuotesBecomeSearchable() throws Exception {
        String header = "intervju;datum;kommundel;by;plats;intervjuare;kategori;hemort;samtycke;samtyckesdatum;anteckningar;citat;tillskrivning\n";
        String good = header
                + "A;2026-07-12;Hotagen;;Hotagsströmmen;IT Import;besökare;Oslo;ja;2026-07-12;;Fiskevännerna i Oslo pratar om strömmen;plats\n"
                + "A;2026-07-12;Hotagen;;Hotagsströmmen;IT Import;besökare;Oslo;ja;2026-07-12;;Osten från byn är berömd;anonym\n"
                + ";13/7/2026;Hotagen;;;IT Import;boende;;ja;13/7/2026;;Skotern tar oss till fjällen;\n";
        long interviewsBefore = interviews.count(se.stjarnbild.dialogue.InterviewFilter.none());
        long quotesBefore = quotes.count(QuoteFilter.none());

        String bad = good + ";2099-01-01;Hotagen;;;IT Import;boende;;ja;2026-07-01;;Framtiden;\n"
                + ";2026-07-14;Atlantis;;;IT Import;boende;;ja;2026-07-14;;Okänd kommundel;\n";
        se.stjarnbild.dialogue.importing.ImportPreview refused = preview(bad);
        assertFalse(refused.canSave());
        assertEquals(List.of(5, 6), refused.problems().stream().map(p -> p.rowNumber()).toList());
        assertEquals(List.of("interview.date.future", "import.district.unknown"),
                refused.problems().stream().map(p -> p.messageKey()).toList());
        assertThrows(InvalidInputException.class, () -> importer.save(refused, n -> { }));
        assertEquals(interviewsBefore, interviews.count(se.stjarnbild.dialogue.InterviewFilter.none()), "nothing saved");
        assertEquals(quotesBefore, quotes.count(QuoteFilter.none()), "nothing saved");

        se.stjarnbild.dialogue.importing.ImportPreview preview = preview(good);
        assertTrue(preview.canSave(), () -> preview.problems().toString());
        List<Integer> progress = new ArrayList<>();
        se.stjarnbild.dialogue.importing.ImportResult result = importer.save(preview, progress::add);
        assertEquals(2, result.interviews(), "rows with the same key are one interview");
        assertEquals(3, result.quotes());
        assertEquals(3, progress.get(progress.size() - 1));
        assertEquals(interviewsBefore + 2, interviews.count(se.stjarnbild.dialogue.InterviewFilter.none()));
        try {
            se.stjarnbild.dialogue.importing.ImportPreview again = importer.withAlreadySaved(preview(good));
            assertFalse(again.canSave(), "the same file a second time is refused");
            assertEquals(List.of(2, 3, 4), again.problems().stream().map(p -> p.rowNumber()).toList());
            assertTrue(again.problems().stream().allMatch(p -> p.messageKey().equals("import.quote.alreadySaved")));
            assertTrue(importer.withAlreadySaved(preview(good.replace("Skotern tar oss", "Snöskotern tar oss"))).problems().stream()
                    .noneMatch(p -> p.rowNumber() == 4), "other words from the same interview are new");

            QuoteFilter imported = new QuoteFilter(district("Hotagen"), null, null, "Osten från byn", null, null, null);
            assertEquals(1, quotes.count(imported));
            assertEquals(AttributionLevel.ANONYMOUS, quotes.page(imported, 0, 1).get(0).attribution());
            assertEquals("Hotagsströmmen", quotes.page(imported, 0, 1).get(0).place(), "the interview's place");
            assertEquals(List.of(se.stjarnbild.model.dialogue.RespondentCategory.VISITOR, se.stjarnbild.model.dialogue.RespondentCategory.RESIDENT),
                    interviews.page(new se.stjarnbild.dialogue.InterviewFilter(null, null, "IT Import", null, null),
                            se.stjarnbild.dialogue.InterviewSort.CATEGORY, true, 0, 10).stream().map(r -> r.category()).toList(),
                    "categories sort by their Swedish names: Besökare before Boende");

            // The import indexes its interviews and quotes in the background; "fiske" finds "Fiskevännerna", "ost" finds "Osten".
            List<Long> found = awaitHits("fiske oslo", 1);
            assertEquals(1, found.size());
            assertEquals(1, awaitHits("ost berömd", 1).size());
            assertEquals(se.stjarnbild.dialogue.search.SearchKind.QUOTE,
                    search.search(se.stjarnbild.dialogue.search.SearchRequest.of("skotern fjällen")).hits().get(0).kind());
        } finally {
            interviews.page(new se.stjarnbild.dialogue.InterviewFilter(null, null, "IT Import", null, null),
                    se.stjarnbild.dialogue.InterviewSort.DATE, true, 0, 10).forEach(r -> interviews.delete(r.id()));
        }
        assertEquals(0, awaitHits("skotern fjällen", 0).size(), "removed interviews leave the index");
    }

    @Inject
    private se.stjarnbild.dialogue.Places places;

    @Test
    void anImportThatFailsInTheDatabaseHalfWayLeavesNothingBehind() {
        long hotagen = district("Hotagen");
        long placeId = places.save(null, 0, new se.stjarnbild.dialogue.PlaceInput("IT Försvinnande plats",
                se.stjarnbild.model.geography.PlaceKind.OTHER, hotagen, null, null));
        StringBuilder csv = new StringBuilder("datum;kommundel;samtycke;samtyckesdatum;plats;intervjuare;kategori;citat\n");
        for (int row = 0; row < 2_500; row++) {
            csv.append("2026-07-15;Hotagen;ja;2026-07-15;").append(row < 2_000 ? "" : "IT Försvinnande plats")
                    .append(";IT Halvvägs;boende;Rad nummer ").append(row).append(" om fjällen\n");
        }
        se.stjarnbild.dialogue.importing.ImportPreview preview = preview(csv.toString());
        assertTrue(preview.canSave(), () -> preview.problems().toString());
        places.delete(placeId);
        long quotesBefore = quotes.count(QuoteFilter.none());
        long interviewsBefore = interviews.count(se.stjarnbild.dialogue.InterviewFilter.none());
        List<Integer> progress = new ArrayList<>();
        assertThrows(Exception.class, () -> importer.save(preview, progress::add), "the place is gone: the database refuses");
        assertTrue(progress.contains(1_000), "the first batches were written before the failure: " + progress);
        assertEquals(quotesBefore, quotes.count(QuoteFilter.none()), "every written batch was rolled back");
        assertEquals(interviewsBefore, interviews.count(se.stjarnbild.dialogue.InterviewFilter.none()));
    }

    private se.stjarnbild.dialogue.importing.ImportPreview preview(String csv) {
        se.stjarnbild.dialogue.importing.RawSheet sheet = se.stjarnbild.dialogue.importing.SpreadsheetReader.read(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "intervjuer.csv",
                se.stjarnbild.dialogue.importing.ReadOptions.automatic());
        return se.stjarnbild.dialogue.importing.InterviewImportParser.parse(sheet, importer.referenceData(),
                LocalDate.of(2026, 11, 26));
    }

    /** Waits (up to 20 s) until a search has the expected number of quote hits; the index follows commits in the background. */
    private List<Long> awaitHits(String words, int expected) throws InterruptedException {
        List<Long> ids = List.of();
        for (int attempt = 0; attempt < 100; attempt++) {
            ids = search.search(new se.stjarnbild.dialogue.search.SearchRequest(words,
                    Set.of(se.stjarnbild.dialogue.search.SearchKind.QUOTE), null, 0, 20)).hits().stream()
                    .map(h -> h.id()).toList();
            if (ids.size() == expected) {
                return ids;
            }
            Thread.sleep(200);
        }
        return ids;
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

    @Inject
    private se.stjarnbild.dialogue.Contributions contributions;

    @Test
    void aPublicContributionIsModeratedAndBecomesAQuoteWithItsOriginalKept() {
        String run = Long.toString(System.nanoTime(), 36);
        long hotagen = interviews.districts().stream().filter(d -> d.name().equals("Hotagen")).findFirst().orElseThrow().id();
        long foreign = interviews.districts().stream().filter(d -> !d.name().equals("Hotagen")).findFirst().orElseThrow().id();
        long otherVillage = interviews.villages(foreign).get(0).id();
        long star = stars.save(null, 0, new StarInput("Bidragsstjärna " + run, null, Set.of(), StarStatus.PROPOSED));

        assertField("text", "contribution.text.required", () -> contributions.submit(new se.stjarnbild.dialogue.ContributionInput(
                "<script>alert(1)</script>", hotagen, null, null, null, null, null, false)));
        assertField("emailConsent", "contribution.email.consent", () -> contributions.submit(new se.stjarnbild.dialogue.ContributionInput(
                "Fisket", hotagen, null, null, null, null, "anna@example.se", false)));
        assertField("village", "contribution.village.outside", () -> contributions.submit(new se.stjarnbild.dialogue.ContributionInput(
                "Fisket", hotagen, otherVillage, null, null, null, null, false)));
        long waitingBefore = contributions.pending();

        long kept = contributions.submit(new se.stjarnbild.dialogue.ContributionInput("Älven vid Hotagen " + run
                + ", fråga Per på 070-1234567", hotagen, null, star, se.stjarnbild.model.groups.AgeBand.FROM_20_TO_29,
                se.stjarnbild.model.dialogue.Relation.LIVES_HERE, null, false));
        long dropped = contributions.submit(new se.stjarnbild.dialogue.ContributionInput("Köp billiga klockor " + run, null, null,
                null, null, null, null, false));
        assertEquals(waitingBefore + 2, contributions.pending());
        var row = contributions.queue().stream().filter(c -> c.id() == kept).findFirst().orElseThrow();

        long quote = contributions.approve(kept, row.version(), "Älven vid Hotagen " + run);
        var approved = contributions.decided(50).stream().filter(c -> c.id() == kept).findFirst().orElseThrow();
        assertEquals("Älven vid Hotagen " + run + ", fråga Per på 070-1234567", approved.originalText(), "the original is kept");
        assertEquals(quote, approved.quoteId());
        var details = quotes.find(quote).orElseThrow();
        assertEquals("Älven vid Hotagen " + run, details.text(), "the quote has the personal data taken out");
        assertEquals(se.stjarnbild.model.dialogue.QuoteSource.CONTRIBUTION, details.source());
        assertEquals("Hotagen", details.district());
        assertTrue(stars.evidenceIds(star).contains(quote), "the star it supports gets it as evidence");

        assertThrows(Exception.class, () -> contributions.approve(kept, row.version(), "igen"), "moderated once only");
        var spam = contributions.queue().stream().filter(c -> c.id() == dropped).findFirst().orElseThrow();
        assertField(null, "contribution.reason.required", () -> contributions.reject(dropped, spam.version(), " "));
        contributions.reject(dropped, spam.version(), "Reklam");
        assertEquals("Reklam", contributions.decided(50).stream().filter(c -> c.id() == dropped).findFirst().orElseThrow().reason());
        assertEquals(waitingBefore, contributions.pending());

        long answerMe = contributions.submit(new se.stjarnbild.dialogue.ContributionInput("Skidspåren i Föllinge " + run, hotagen,
                null, null, null, null, "svar-" + run + "@example.se", true));
        assertEquals("svar-" + run + "@example.se", contributions.queue().stream().filter(c -> c.id() == answerMe).findFirst()
                .orElseThrow().email(), "moderators see where to answer");
        contributions.forgetEmail(answerMe);
        var answered = contributions.queue().stream().filter(c -> c.id() == answerMe).findFirst().orElseThrow();
        assertFalse(answered.wantsAnswer(), "the address is gone once answered");
        assertEquals("Skidspåren i Föllinge " + run, answered.text(), "the words stay");
        contributions.reject(answerMe, answered.version(), "Testbidrag");

        assertField(null, "star.inUse", () -> stars.delete(star));
        assertTrue(stars.find(star).isPresent(), "a star a contribution refers to stays");
        quotes.delete(quote);
        assertTrue(quotes.find(quote).isEmpty(), "a quote taken from a contribution can be deleted");
        assertEquals(null, contributions.decided(50).stream().filter(c -> c.id() == kept).findFirst().orElseThrow().quoteId(),
                "the contribution stays, no longer pointing at the deleted quote");
    }

    @Inject
    private se.stjarnbild.dialogue.LiveReactions live;

    @Inject
    private se.stjarnbild.meetings.Meetings meetings;

    @Inject
    private se.stjarnbild.webapp.users.UserService users;

    @Test
    void aRoomReactsToTheStarOnScreenOncePerPhoneAndItsSentencesAreModeratedIntoMeetingQuotes() {
        String run = Long.toString(System.nanoTime(), 36);
        users.createIfMissing("it-live-" + run, "IT Livemöte " + run, "it-organisator-lösenord-2026",
                Set.of(se.stjarnbild.model.users.Role.ORGANISER));
        long organiser = meetings.organisers().stream().filter(o -> o.name().equals("IT Livemöte " + run)).findFirst().orElseThrow().id();
        long meeting = meetings.save(null, 0, new se.stjarnbild.meetings.MeetingInput(se.stjarnbild.model.meetings.MeetingKind.OPEN_MEETING,
                "Öppet möte " + run, null, LocalDate.of(2026, 10, 8), java.time.LocalTime.of(18, 0), java.time.LocalTime.of(20, 0),
                null, "https://example.se/mote", null, Set.of(organiser), Set.of(), List.of(), null, null, null));
        long star = stars.save(null, 0, new StarInput("Reaktionsstjärna " + run, "Prövas i rummet", Set.of(), StarStatus.CHOSEN));
        long other = stars.save(null, 0, new StarInput("Annan stjärna " + run, null, Set.of(), StarStatus.CHOSEN));
        assertField(null, "live.meeting.unknown", () -> live.start(-1));
        long board = em.createQuery("select m.id from Meeting m where m.kind = se.stjarnbild.model.meetings.MeetingKind.BOARD_MEETING",
                Long.class).setMaxResults(1).getSingleResult();
        assertField(null, "live.meeting.board", () -> live.start(board));

        var state = live.start(meeting);
        assertEquals(state.code(), live.start(meeting).code(), "starting twice keeps one presentation");
        state = live.step(meeting, -10_000);
        assertEquals(1, state.position(), "stepping stops at the first star");
        for (int i = 0; i < state.slides() && state.starId() != star; i++) {
            state = live.step(meeting, 1);
        }
        assertEquals(star, state.starId());
        String code = state.code();
        assertEquals("Reaktionsstjärna " + run, live.joined(code.toLowerCase(java.util.Locale.ROOT)).orElseThrow().starTitle());
        String phone = live.newDevice(code).orElseThrow();
        String secondPhone = live.newDevice(code).orElseThrow();

        assertEquals(ReactionOutcome.BAD_SCORE, live.react(code, phone, star, 5, null));
        assertEquals(ReactionOutcome.NOT_ON_SCREEN, live.react(code, phone, other, 4, null));
        assertEquals(ReactionOutcome.BAD_DEVICE, live.react(code, phone + "x", star, 4, null), "a forged token");
        assertEquals(ReactionOutcome.BAD_DEVICE, live.react(code, null, star, 4, null));
        assertEquals(ReactionOutcome.SENTENCE_TOO_LONG, live.react(code, phone, star, 4, "å".repeat(301)));
        assertEquals(ReactionOutcome.UNKNOWN_SESSION, live.react("NOSUCH", phone, star, 4, null));
        assertEquals(0, live.result(code).orElseThrow().total(), "nothing refused was stored");
        long waiting = contributions.pending();

        assertEquals(ReactionOutcome.COUNTED,
                live.react(code, phone, star, 4, "Osten <script>alert(1)</script>från Skärvången " + run));
        assertEquals(ReactionOutcome.ALREADY_ANSWERED, live.react(code, phone, star, 1, null), "one answer per phone");
        assertEquals(ReactionOutcome.COUNTED, live.react(code, secondPhone, star, 2, "  "));
        assertTrue(live.answered(code, phone, star));
        var result = live.result(code).orElseThrow();
        assertEquals(List.of(0L, 1L, 0L, 1L), result.counts());
        assertEquals(1, result.sentences(), "a blank sentence is no sentence");
        assertEquals(50, result.ringsTruePercent());

        assertEquals(waiting + 1, contributions.pending(), "the sentence waits for moderation");
        var sentence = contributions.queue().stream().filter(c -> c.text().endsWith(run) && c.meeting() != null).findFirst().orElseThrow();
        assertEquals("Osten från Skärvången " + run, sentence.text(), "markup is gone");
        assertEquals("Öppet möte " + run, sentence.meeting());
        long quote = contributions.approve(sentence.id(), sentence.version(), sentence.text());
        assertEquals(se.stjarnbild.model.dialogue.QuoteSource.MEETING, quotes.find(quote).orElseThrow().source());
        assertTrue(stars.evidenceIds(star).contains(quote), "the approved sentence is evidence for the star it answered");

        live.setOpen(meeting, false);
        assertEquals(ReactionOutcome.CLOSED, live.react(code, live.newDevice(code).orElseThrow(), star, 3, null));
        assertTrue(live.joined(code).orElseThrow().closed());
        live.setOpen(meeting, true);
        assertFalse(live.joined(code).orElseThrow().closed());

        var took = live.perMeeting().stream().filter(p -> p.meetingId() == meeting).findFirst().orElseThrow();
        assertEquals(2, took.reactions());
        assertEquals(2, took.devices());
        assertEquals(1, took.sentences());
        assertEquals(1, took.quotes());
        assertTrue(live.slides().stream().anyMatch(s -> s.starId() == star && s.quotes().stream()
                .anyMatch(q -> q.text().equals("Osten från Skärvången " + run))), "the slide shows the new quote");
    }

    /** The audit entries about links (themes, evidence) of one record, oldest first. */
    private List<String> linkEntries(String entity, long id) {
        return em.createQuery("select a.changes from AuditEntry a where a.entity = :entity and a.entityId = :id"
                + " and a.action = se.stjarnbild.model.audit.AuditAction.UPDATE order by a.id", String.class)
                .setParameter("entity", entity).setParameter("id", id).getResultStream()
                .filter(c -> c.contains("\"themes\"") || c.contains("\"evidence\"")).toList();
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
