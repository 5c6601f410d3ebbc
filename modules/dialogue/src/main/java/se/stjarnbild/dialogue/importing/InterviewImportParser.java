package se.stjarnbild.dialogue.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.internal.InterviewRules;
import se.stjarnbild.dialogue.internal.QuoteText;
import se.stjarnbild.model.dialogue.AttributionLevel;

/**
 * Checks every row of a read sheet and groups the rows into interviews, collecting all problems at once
 * so a person fixes the file in one pass instead of one error per upload. Interviews are checked with
 * the same {@link InterviewRules} as the form, so a file cannot save what the form would refuse.
 */
public final class InterviewImportParser {

    /** Where the rules' field names point in a file. */
    private static final Map<String, ImportColumn> RULE_FIELDS = Map.of(
            "date", ImportColumn.DATE,
            "district", ImportColumn.DISTRICT,
            "interviewer", ImportColumn.INTERVIEWER,
            "category", ImportColumn.CATEGORY,
            "homeRegion", ImportColumn.HOME_REGION,
            "consentDate", ImportColumn.CONSENT_DATE,
            "notes", ImportColumn.NOTES);

    /** Rules whose form wording points at a checkbox; a file has cells instead. */
    private static final Map<String, String> IMPORT_WORDING = Map.of(
            "interview.consentDate.required", "import.consentDate.required");

    private InterviewImportParser() {
    }

    public static ImportPreview parse(RawSheet sheet, ReferenceData refs, LocalDate today) {
        return new Run(sheet, refs, today).parse();
    }

    /** The interview a key's first row started; later rows add quotes and must agree with that row. */
    private static final class Draft {
        final String key;
        final int firstRow;
        final InterviewCells cells;
        final List<ImportedQuote> quotes = new ArrayList<>();

        Draft(String key, int firstRow, InterviewCells cells) {
            this.key = key;
            this.firstRow = firstRow;
            this.cells = cells;
        }
    }

    /** One parse: the sheet, what has been seen so far, and the problems found. */
    private static final class Run {

        private final RawSheet sheet;
        private final ReferenceData refs;
        private final LocalDate today;
        private final ProblemList problems = new ProblemList();
        private final Map<List<String>, Integer> firstRowWithCells = new HashMap<>();
        private final Map<String, Draft> draftsByKey = new HashMap<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<Integer, Integer> unheadedColumns = new LinkedHashMap<>();
        private ColumnLayout layout;
        private int quoteCount;
        private boolean consentColumnMissingTold;

        Run(RawSheet sheet, ReferenceData refs, LocalDate today) {
            this.sheet = sheet;
            this.refs = refs;
            this.today = today;
        }

        ImportPreview parse() {
            layout = ColumnLayout.read(sheet.header(), problems);
            if (sheet.rows().isEmpty()) {
                problems.add(0, -1, null, "import.file.noRows");
            }
            if (layout.hasRequiredColumns()) {
                for (RawRow row : sheet.rows()) {
                    readRow(row);
                }
            }
            unheadedColumns.forEach((column, row) ->
                    problems.add(row, column, null, "import.cell.noHeader", ColumnLayout.letter(column)));
            List<ImportedInterview> interviews = drafts.stream()
                    .map(d -> new ImportedInterview(d.key, d.firstRow, d.cells.input(), d.quotes))
                    .toList();
            return new ImportPreview(interviews, problems.sorted(), sheet.rows().size(), quoteCount);
        }

        private void readRow(RawRow row) {
            noteUnheadedCells(row);
            Integer earlier = firstRowWithCells.putIfAbsent(comparableCells(row), row.rowNumber());
            if (earlier != null) {
                // The same row twice is a copy-paste slip; saving it would count one person's words twice.
                problems.add(row.rowNumber(), -1, null, "import.row.duplicate", earlier);
                return;
            }
            InterviewCells cells = InterviewCells.read(row, layout, refs);
            String key = layout.cell(row, ImportColumn.INTERVIEW);
            Draft draft = key.isEmpty() ? null : draftsByKey.get(key.toLowerCase(Locale.ROOT));
            if (draft == null) {
                draft = new Draft(key.isEmpty() ? null : key, row.rowNumber(), cells);
                drafts.add(draft);
                if (!key.isEmpty()) {
                    draftsByKey.put(key.toLowerCase(Locale.ROOT), draft);
                }
                reportInterviewProblems(row.rowNumber(), cells);
            } else {
                reportDisagreements(row.rowNumber(), draft, cells);
            }
            ImportedQuote quote = readQuote(row);
            if (quote != null) {
                draft.quotes.add(quote);
                quoteCount++;
            }
        }

        private void reportInterviewProblems(int rowNumber, InterviewCells cells) {
            for (CellProblem problem : cells.problems()) {
                add(rowNumber, problem.column(), problem.messageKey(), problem.args());
            }
            Set<ImportColumn> alreadyReported = cells.unreadable();
            if (!cells.input().consentGiven() && !alreadyReported.contains(ImportColumn.CONSENT)) {
                // Every row carries a quote, and words are kept only with the respondent's consent.
                if (layout.index(ImportColumn.CONSENT) >= 0) {
                    add(rowNumber, ImportColumn.CONSENT, "import.consent.required");
                } else if (!consentColumnMissingTold) {
                    consentColumnMissingTold = true;
                    add(1, null, "import.consent.columnMissing"); // the header row: the file lacks the column
                }
            }
            for (FieldProblem problem : InterviewRules.check(cells.input(), today)) {
                ImportColumn column = RULE_FIELDS.get(problem.field());
                if (column == null || !alreadyReported.contains(column)) {
                    add(rowNumber, column, IMPORT_WORDING.getOrDefault(problem.messageKey(), problem.messageKey()));
                }
            }
        }

        /** Problems in the cells themselves were reported on the first row; here only differences matter. */
        private void reportDisagreements(int rowNumber, Draft draft, InterviewCells cells) {
            for (ImportColumn column : ImportColumn.values()) {
                if (column.describesInterview() && layout.index(column) >= 0 && !cells.agreesWith(draft.cells, column)) {
                    add(rowNumber, column, "import.interview.conflict", layout.header(column), draft.firstRow,
                            draft.key);
                }
            }
        }

        private ImportedQuote readQuote(RawRow row) {
            String raw = layout.cell(row, ImportColumn.QUOTE);
            AttributionLevel attribution = readAttribution(row);
            if (PlainText.hasMarkup(raw)) {
                add(row.rowNumber(), ImportColumn.QUOTE, "import.text.markup", row.rowNumber());
                return null;
            }
            String text = PlainText.withSingleSpaces(raw);
            if (text.isEmpty()) {
                add(row.rowNumber(), ImportColumn.QUOTE, "import.quote.required");
                return null;
            }
            if (text.length() > QuoteText.MAX_LENGTH) {
                add(row.rowNumber(), ImportColumn.QUOTE, "import.quote.tooLong", text.length(), QuoteText.MAX_LENGTH);
                return null;
            }
            return attribution == null ? null : new ImportedQuote(row.rowNumber(), text, attribution);
        }

        private AttributionLevel readAttribution(RawRow row) {
            String text = layout.cell(row, ImportColumn.ATTRIBUTION);
            AttributionLevel attribution = ImportChoices.attribution(text);
            if (attribution == null) {
                add(row.rowNumber(), ImportColumn.ATTRIBUTION, "import.attribution.unknown", text);
            }
            return attribution;
        }

        /** Remembers the first row of each column that has a value but no header (reported once per column). */
        private void noteUnheadedCells(RawRow row) {
            List<String> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank() && layout.isUnheaded(i)) {
                    unheadedColumns.putIfAbsent(i, row.rowNumber());
                }
            }
        }

        private void add(int rowNumber, ImportColumn column, String messageKey, Object... args) {
            int index = column == null ? -1 : layout.index(column);
            problems.add(rowNumber, index, column == null ? null : layout.header(column), messageKey, args);
        }
    }

    /** A row's cells as compared for duplicates: trimmed, without trailing empty cells. */
    private static List<String> comparableCells(RawRow row) {
        List<String> cells = row.cells();
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        List<String> trimmed = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            trimmed.add(cells.get(i).strip());
        }
        return trimmed;
    }
}
