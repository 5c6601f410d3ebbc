package se.stjarnbild.dialogue.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.RespondentCategory;

class InterviewImportParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);
    private static final LocalDate JULY_15 = LocalDate.of(2026, 7, 15);

    private static final String HEADER =
            "intervju|datum|kommundel|by|plats|intervjuare|kategori|hemort|samtycke|samtyckesdatum|anteckningar|citat|tillskrivning";

    // Ids as the demo might give them: districts 1-5, villages 11-53 (tens = district), places 100-102.
    private static final long HOTAGEN = 1;
    private static final long FOLLINGE_LAXSJO = 2;
    private static final long AS_KROKOM_NASKOTT = 4;
    private static final long SKARVANGEN = 23;
    private static final long KROKOM_VILLAGE = 41;
    private static final long BYMEJERIET = 100;
    private static final long HOTAGSSTROMMEN = 101;
    private static final long LANTHANDELN = 102;

    /** The demo catalogue's districts, villages and places (webapp's DemoCatalog), with made-up ids. */
    static ReferenceData demoReferenceData() {
        List<ReferenceData.District> districts = List.of(
                new ReferenceData.District(HOTAGEN, "hotagen", "Hotagen"),
                new ReferenceData.District(FOLLINGE_LAXSJO, "follinge-laxsjo", "Föllinge/Laxsjö"),
                new ReferenceData.District(3, "offerdal-ronnofors", "Offerdal/Rönnöfors"),
                new ReferenceData.District(AS_KROKOM_NASKOTT, "as-krokom-naskott", "Ås/Krokom/Näskott"),
                new ReferenceData.District(5, "trangsviken-alsen-kluk", "Trångsviken/Alsen/Kluk"));
        Map<Long, List<String>> villageNames = new LinkedHashMap<>();
        villageNames.put(HOTAGEN, List.of("Hotagen", "Rötviken", "Häggsjövik"));
        villageNames.put(FOLLINGE_LAXSJO, List.of("Föllinge", "Laxsjö", "Skärvången"));
        villageNames.put(3L, List.of("Änge", "Rönnöfors", "Landön", "Kaxås", "Jänsmässholmen"));
        villageNames.put(AS_KROKOM_NASKOTT, List.of("Krokom", "Ås", "Näskott", "Dvärsätt"));
        villageNames.put(5L, List.of("Trångsviken", "Alsen", "Kluk"));
        List<ReferenceData.Village> villages = new ArrayList<>();
        villageNames.forEach((district, names) -> {
            for (int i = 0; i < names.size(); i++) {
                villages.add(new ReferenceData.Village(district * 10 + i + 1, district, names.get(i)));
            }
        });
        List<ReferenceData.Place> places = List.of(
                new ReferenceData.Place(BYMEJERIET, FOLLINGE_LAXSJO, SKARVANGEN, "Skärvångens bymejeri"),
                new ReferenceData.Place(HOTAGSSTROMMEN, HOTAGEN, null, "Hotagsströmmen"),
                new ReferenceData.Place(LANTHANDELN, AS_KROKOM_NASKOTT, KROKOM_VILLAGE, "Gamla lanthandeln i Krokom"));
        return new ReferenceData(districts, villages, places);
    }

    /** A complete, valid row; pairs of (column, value) change it. */
    private static String row(String... changes) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("intervju", "");
        cells.put("datum", "2026-07-15");
        cells.put("kommundel", "Föllinge/Laxsjö");
        cells.put("by", "Skärvången");
        cells.put("plats", "Skärvångens bymejeri");
        cells.put("intervjuare", "Anna Exempel");
        cells.put("kategori", "besökare");
        cells.put("hemort", "Östersund");
        cells.put("samtycke", "ja");
        cells.put("samtyckesdatum", "2026-07-15");
        cells.put("anteckningar", "");
        cells.put("citat", "alla som gillar ost känner till Skärvångens bymejeri");
        cells.put("tillskrivning", "plats");
        for (int i = 0; i < changes.length; i += 2) {
            if (!cells.containsKey(changes[i])) {
                throw new IllegalArgumentException(changes[i]);
            }
            cells.put(changes[i], changes[i + 1]);
        }
        return String.join("|", cells.values());
    }

    /** A sheet as the reader would give it: header in row 1, then rows 2, 3, ...; cells split at '|'. */
    private static RawSheet sheet(String header, String... rows) {
        List<RawRow> raw = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            raw.add(new RawRow(i + 2, Arrays.asList(rows[i].split("\\|", -1))));
        }
        return new RawSheet(Arrays.asList(header.split("\\|", -1)), raw, "UTF-8", ';');
    }

    private static ImportPreview parse(String... rows) {
        return InterviewImportParser.parse(sheet(HEADER, rows), demoReferenceData(), TODAY);
    }

    private static ImportProblem problem(int row, String column, String key, Object... args) {
        return new ImportProblem(row, column, key, List.of(args));
    }

    // --- what a good file gives ---

    @Test
    void aValidFileBecomesInterviewsWithNamesResolvedToIds() {
        ImportPreview preview = parse(
                row("intervju", "A"),
                row("intervju", "A", "citat", "osten är god", "tillskrivning", "företag"),
                row("kommundel", "Hotagen", "by", "", "plats", "Hotagsströmmen", "hemort", "Stockholm",
                        "citat", "mina fiskevänner i Stockholm vet var Hotagsströmmen är", "tillskrivning", ""),
                row("intervju", "B", "kommundel", "Ås/Krokom/Näskott", "by", "Krokom", "plats", "Gamla lanthandeln i Krokom",
                        "anteckningar", "Regnade.", "citat", "Gamla lanthandeln i Krokom är så genuin"));
        assertEquals(List.of(), preview.problems());
        assertEquals(4, preview.rowCount());
        assertEquals(4, preview.quoteCount());
        assertTrue(preview.canSave());
        assertEquals(List.of(
                new ImportedInterview("A", 2, new InterviewInput(JULY_15, FOLLINGE_LAXSJO, SKARVANGEN, BYMEJERIET,
                        "Anna Exempel", RespondentCategory.VISITOR, "Östersund", true, JULY_15, null), List.of(
                        new ImportedQuote(2, "alla som gillar ost känner till Skärvångens bymejeri", AttributionLevel.PLACE_ONLY),
                        new ImportedQuote(3, "osten är god", AttributionLevel.NAMED_BUSINESS))),
                new ImportedInterview(null, 4, new InterviewInput(JULY_15, HOTAGEN, null, HOTAGSSTROMMEN,
                        "Anna Exempel", RespondentCategory.VISITOR, "Stockholm", true, JULY_15, null), List.of(
                        new ImportedQuote(4, "mina fiskevänner i Stockholm vet var Hotagsströmmen är", AttributionLevel.ANONYMOUS))),
                new ImportedInterview("B", 5, new InterviewInput(JULY_15, AS_KROKOM_NASKOTT, KROKOM_VILLAGE, LANTHANDELN,
                        "Anna Exempel", RespondentCategory.VISITOR, "Östersund", true, JULY_15, "Regnade."), List.of(
                        new ImportedQuote(5, "Gamla lanthandeln i Krokom är så genuin", AttributionLevel.PLACE_ONLY)))),
                preview.interviews());
    }

    @Test
    void rowsWithoutAKeyAreEachTheirOwnInterview() {
        ImportPreview preview = parse(row("citat", "ett"), row("citat", "två"));
        assertEquals(2, preview.interviews().size());
        assertEquals(List.of(), preview.problems());
    }

    @Test
    void datesAreReadInEveryAcceptedForm() {
        for (String written : List.of("2026-07-15", "2026-7-15", "15/7/2026", "15/07/2026", "15.7.2026", "15 juli 2026",
                "15 Jul 2026", "2026-07-15 10:30")) {
            ImportPreview preview = parse(row("datum", written, "samtyckesdatum", written));
            assertEquals(List.of(), preview.problems(), written);
            assertEquals(JULY_15, preview.interviews().get(0).input().date(), written);
            assertEquals(JULY_15, preview.interviews().get(0).input().consentDate(), written);
        }
    }

    @Test
    void districtsMatchByNameOrCodeIgnoringCaseAndSpacesButNotSwedishLetters() {
        for (String written : List.of("föllinge/laxsjö", "  FÖLLINGE/LAXSJÖ ", "follinge-laxsjo", "Föllinge/Laxsjö")) {
            ImportPreview preview = parse(row("kommundel", written));
            assertEquals(List.of(), preview.problems(), written);
            assertEquals(FOLLINGE_LAXSJO, preview.interviews().get(0).input().districtId());
        }
        assertEquals(List.of(problem(2, "kommundel", "import.district.unknown", "Follinge/Laxsjo")),
                parse(row("kommundel", "Follinge/Laxsjo")).problems());
    }

    @Test
    void theChoiceColumnsAcceptSwedishLabelsAndEnglishNames() {
        ImportPreview preview = parse(
                row("kategori", "Företagare", "samtycke", "x", "tillskrivning", "ANONYMOUS", "citat", "ett"),
                row("kategori", "SUMMER_RESIDENT", "samtycke", "Yes", "tillskrivning", "named_business", "citat", "två"),
                row("kategori", "annan", "samtycke", "", "samtyckesdatum", "", "tillskrivning", "Plats", "citat", "tre"));
        // An empty consent cell reads as no, and words without consent are not kept.
        assertEquals(List.of(problem(4, "samtycke", "import.consent.required")), preview.problems());
        assertEquals(List.of(RespondentCategory.BUSINESS_OWNER, RespondentCategory.SUMMER_RESIDENT, RespondentCategory.OTHER),
                preview.interviews().stream().map(i -> i.input().category()).toList());
        assertEquals(List.of(true, true, false), preview.interviews().stream().map(i -> i.input().consentGiven()).toList());
        assertEquals(List.of(AttributionLevel.ANONYMOUS, AttributionLevel.NAMED_BUSINESS, AttributionLevel.PLACE_ONLY),
                preview.interviews().stream().map(i -> i.quotes().get(0).attribution()).toList());
    }

    @Test
    void englishHeadersAreAccepted() {
        String header = "Interview|Date|District|Village|Place|Interviewer|Category|Home region|Consent|Consent date|Notes|Quote|Attribution";
        ImportPreview preview = InterviewImportParser.parse(sheet(header, row()), demoReferenceData(), TODAY);
        assertEquals(List.of(), preview.problems());
        assertEquals(1, preview.quoteCount());
    }

    @Test
    void quoteTextKeepsOrdinaryCharactersAndMakesWhiteSpaceSingle() {
        ImportPreview preview = parse(row("citat", "  fisk & potatis < 5 kr,\n\"bästa\"   i  stan "));
        assertEquals(List.of(), preview.problems());
        assertEquals("fisk & potatis < 5 kr, \"bästa\" i stan", preview.interviews().get(0).quotes().get(0).text());
    }

    // --- bad values ---

    @Test
    void aFutureDateIsRefusedByTheInterviewRules() {
        assertEquals(List.of(problem(2, "datum", "interview.date.future")),
                parse(row("datum", "2026-07-21", "samtyckesdatum", "2026-07-20")).problems());
    }

    @Test
    void malformedDatesNameTheirValue() {
        ImportPreview preview = parse(
                row("datum", "32/7/2026"),
                row("datum", "igår", "citat", "två"),
                row("datum", "15/7/26", "citat", "tre"),
                row("samtyckesdatum", "2026-02-30", "citat", "fyra"));
        assertEquals(List.of(
                problem(2, "datum", "import.date.invalid", "32/7/2026"),
                problem(3, "datum", "import.date.invalid", "igår"),
                problem(4, "datum", "import.date.invalid", "15/7/26"),
                problem(5, "samtyckesdatum", "import.date.invalid", "2026-02-30")), preview.problems(),
                "the rules' 'date required' is not repeated for a date that was written but unreadable");
        assertFalse(preview.canSave());
    }

    @Test
    void anUnknownDistrictIsNamed() {
        assertEquals(List.of(problem(2, "kommundel", "import.district.unknown", "Krokoms kommun")),
                parse(row("kommundel", "Krokoms kommun", "by", "", "plats", "")).problems());
    }

    @Test
    void villagesMustExistAndLieInTheDistrict() {
        ImportPreview preview = parse(
                row("kommundel", "Hotagen", "plats", "", "by", "Skärvången"),
                row("by", "Atlantis", "citat", "två"));
        assertEquals(List.of(
                problem(2, "by", "import.village.outsideDistrict", "Skärvången", "Hotagen"),
                problem(3, "by", "import.village.unknown", "Atlantis")), preview.problems());
    }

    @Test
    void placesMustExistAndLieInTheDistrict() {
        ImportPreview preview = parse(
                row("plats", "Ostbutiken"),
                row("kommundel", "Hotagen", "by", "", "plats", "Skärvångens bymejeri", "citat", "två"));
        assertEquals(List.of(
                problem(2, "plats", "import.place.unknown", "Ostbutiken"),
                problem(3, "plats", "import.place.outsideDistrict", "Skärvångens bymejeri", "Hotagen")), preview.problems());
    }

    @Test
    void quotesMustBeNeitherEmptyNorTooLong() {
        ImportPreview preview = parse(
                row("citat", "   "),
                row("citat", "x".repeat(4_001)),
                row("citat", "y".repeat(4_000)));
        assertEquals(List.of(
                problem(2, "citat", "import.quote.required"),
                problem(3, "citat", "import.quote.tooLong", 4_001, 4_000)), preview.problems());
        assertEquals(1, preview.quoteCount());
    }

    @Test
    void markupInQuotesOrNotesIsRefusedNotSilentlyRemoved() {
        ImportPreview preview = parse(
                row("citat", "<script>alert(1)</script>Fin ost"),
                row("citat", "två", "anteckningar", "<img src=x onerror=alert(1)>"),
                row("citat", "Bra &amp; billigt"),
                row("citat", "slut</b>"));
        assertEquals(List.of(
                problem(2, "citat", "import.text.markup", 2),
                problem(3, "anteckningar", "import.text.markup", 3),
                problem(4, "citat", "import.text.markup", 4),
                problem(5, "citat", "import.text.markup", 5)), preview.problems());
        assertEquals(1, preview.quoteCount(), "only the quote on the row with markup in its notes is itself clean");
    }

    @Test
    void wordsInAngleBracketsAreNotMarkup() {
        ImportPreview preview = parse(row("citat", "Mejla <info@krokom.se> om fisket, <15 min> från byn"));
        assertEquals(List.of(), preview.problems());
        assertEquals("Mejla <info@krokom.se> om fisket, <15 min> från byn",
                preview.interviews().get(0).quotes().get(0).text(), "kept as written");
    }

    @Test
    void anInterviewWithoutConsentCannotBringItsQuotes() {
        ImportPreview preview = parse(
                row("intervju", "C", "samtycke", "nej", "samtyckesdatum", "", "citat", "ett"),
                row("intervju", "C", "samtycke", "nej", "samtyckesdatum", "", "citat", "två"),
                row("intervju", "D", "citat", "tre"));
        // Told once, on the interview's first row, in the consent column; the interview with consent is fine.
        assertEquals(List.of(problem(2, "samtycke", "import.consent.required")), preview.problems());
        assertFalse(preview.canSave());
    }

    @Test
    void aFileWithoutAConsentColumnIsToldOnce() {
        RawSheet sheet = new RawSheet(List.of("datum", "kommundel", "intervjuare", "kategori", "citat"), List.of(
                new RawRow(2, List.of("2026-07-15", "Hotagen", "Anna", "boende", "ett")),
                new RawRow(3, List.of("2026-07-16", "Hotagen", "Anna", "boende", "två"))), "UTF-8", ';');
        ImportPreview preview = InterviewImportParser.parse(sheet, demoReferenceData(), TODAY);
        assertEquals(List.of(new ImportProblem(1, null, "import.consent.columnMissing", List.of())), preview.problems());
    }

    @Test
    void unknownChoicesNameTheirValue() {
        assertEquals(List.of(
                problem(2, "kategori", "import.category.unknown", "turist"),
                problem(2, "samtycke", "import.consent.invalid", "kanske"),
                problem(2, "tillskrivning", "import.attribution.unknown", "med namn")),
                parse(row("kategori", "turist", "samtycke", "kanske", "tillskrivning", "med namn")).problems());
    }

    @Test
    void theFormsRulesApplyToEveryInterview() {
        assertEquals(List.of(
                problem(2, "intervjuare", "interview.interviewer.required"),
                problem(2, "kategori", "interview.category.required"),
                problem(2, "samtyckesdatum", "import.consentDate.required")),
                parse(row("intervjuare", "", "kategori", "", "samtyckesdatum", "")).problems());
        assertEquals(List.of(
                problem(2, "kommundel", "interview.district.required"),
                problem(2, "intervjuare", "interview.interviewer.tooLong"),
                problem(2, "hemort", "interview.homeRegion.tooLong"),
                problem(2, "anteckningar", "interview.notes.tooLong")),
                parse(row("kommundel", "", "by", "", "plats", "", "intervjuare", "i".repeat(201), "hemort", "h".repeat(201),
                        "anteckningar", "n".repeat(4_001))).problems());
    }

    // --- columns ---

    @Test
    void missingRequiredColumnsAreListedOnceAndNoRowIsChecked() {
        ImportPreview preview = InterviewImportParser.parse(sheet("intervju|datum|by", "1|igår|Atlantis"),
                demoReferenceData(), TODAY);
        assertEquals(List.of(problem(0, null, "import.columns.missing", "kommundel, intervjuare, kategori, citat")),
                preview.problems());
        assertEquals(List.of(), preview.interviews());
        assertEquals(1, preview.rowCount());
        assertFalse(preview.canSave());
    }

    @Test
    void unknownAndRepeatedColumnsAreNamedSoATypoIsNotSilentlyDropped() {
        ImportPreview preview = InterviewImportParser.parse(sheet(HEADER + "|kommentar|Citat", row() + "|bra|fin"),
                demoReferenceData(), TODAY);
        assertEquals(List.of(
                problem(0, "kommentar", "import.column.unknown", "kommentar"),
                problem(0, "Citat", "import.column.duplicate", "Citat")), preview.problems());
    }

    @Test
    void aValueInAColumnWithoutHeaderIsReportedOnce() {
        ImportPreview preview = parse(row(), row("citat", "två") + "||glömd", row("citat", "tre") + "||också");
        assertEquals(List.of(problem(3, null, "import.cell.noHeader", "O")), preview.problems());
    }

    // --- rows that repeat or disagree ---

    @Test
    void aRepeatedRowNamesTheEarlierRow() {
        ImportPreview preview = parse(row(), row("citat", "annat"), row("citat", "  alla som gillar ost känner till Skärvångens bymejeri ", "samtycke", " ja"));
        assertEquals(List.of(problem(4, null, "import.row.duplicate", 2)), preview.problems());
        assertEquals(2, preview.quoteCount());
    }

    @Test
    void rowsOfOneInterviewMustAgreeOnTheInterviewColumns() {
        ImportPreview preview = parse(
                row("intervju", "A"),
                row("intervju", "a", "datum", "2026-07-14", "hemort", "Åre", "citat", "två"),
                row("intervju", "A", "datum", "15/7/2026", "kommundel", "follinge-laxsjo", "samtycke", "JA", "citat", "tre"));
        assertEquals(List.of(
                problem(3, "datum", "import.interview.conflict", "datum", 2, "A"),
                problem(3, "hemort", "import.interview.conflict", "hemort", 2, "A")), preview.problems(),
                "the key ignores case; values that mean the same (dates, district code) agree");
        assertEquals(1, preview.interviews().size());
        assertEquals(3, preview.interviews().get(0).quotes().size());
    }

    @Test
    void problemsAreSortedByRowThenByColumnFromLeftToRight() {
        ImportPreview preview = InterviewImportParser.parse(sheet(HEADER + "|extra",
                row("tillskrivning", "?", "datum", "igår"),
                row("citat", "", "kommundel", "Mars")),
                demoReferenceData(), TODAY);
        assertEquals(List.of(
                problem(0, "extra", "import.column.unknown", "extra"),
                problem(2, "datum", "import.date.invalid", "igår"),
                problem(2, "tillskrivning", "import.attribution.unknown", "?"),
                problem(3, "kommundel", "import.district.unknown", "Mars"),
                problem(3, "citat", "import.quote.required")), preview.problems());
    }

    @Test
    void aSheetWithoutRowsCannotBeSaved() {
        ImportPreview preview = InterviewImportParser.parse(new RawSheet(List.of(HEADER.split("\\|")), List.of(), null, null),
                demoReferenceData(), TODAY);
        assertEquals(List.of(problem(0, null, "import.file.noRows")), preview.problems());
        assertFalse(preview.canSave());
    }

    // --- the template and a large file, through the reader ---

    @Test
    void theTemplateParsesWithoutProblemsAgainstTheDemoData() {
        RawSheet sheet = SpreadsheetReader.read(ImportTemplate.bytes(), ImportTemplate.FILE_NAME, ReadOptions.automatic());
        assertEquals("UTF-8 BOM", sheet.detectedEncoding());
        assertEquals(';', sheet.detectedSeparator());
        assertEquals(ImportTemplate.columns().stream().map(ImportColumn::header).toList(), sheet.header());
        ImportPreview preview = InterviewImportParser.parse(sheet, demoReferenceData(), LocalDate.of(2026, 8, 1));
        assertEquals(List.of(), preview.problems());
        assertEquals(3, preview.quoteCount());
        assertEquals(List.of(BYMEJERIET, HOTAGSSTROMMEN, LANTHANDELN),
                preview.interviews().stream().map(i -> i.input().placeId()).toList());
        assertTrue(preview.canSave());
    }

    @Test
    void aHundredThousandRowsAreReadAndChecked() {
        StringBuilder csv = new StringBuilder(HEADER.replace('|', ';')).append('\n');
        for (int i = 0; i < 100_000; i++) {
            csv.append(row("intervju", Integer.toString(i / 4), "citat", "citat nummer " + i).replace('|', ';')).append('\n');
        }
        RawSheet sheet = SpreadsheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), "stor.csv",
                ReadOptions.automatic());
        ImportPreview preview = InterviewImportParser.parse(sheet, demoReferenceData(), TODAY);
        assertEquals(List.of(), preview.problems());
        assertEquals(100_000, preview.quoteCount());
        assertEquals(25_000, preview.interviews().size());
    }
}
