package se.stjarnbild.dialogue.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.model.dialogue.RespondentCategory;

/**
 * The interview columns of one row, read into an {@link InterviewInput} with names resolved to ids,
 * plus what could not be read. Also keeps, per column, a value to compare rows of the same interview
 * by meaning: "15/7/2026" and "2026-07-15" agree, "Hotagen" and "hotagen" agree.
 */
final class InterviewCells {

    private static final int COLUMN_COUNT = ImportColumn.values().length;

    private final InterviewInput input;
    private final List<CellProblem> problems;
    private final String[] texts;
    private final Object[] meanings;

    private InterviewCells(InterviewInput input, List<CellProblem> problems, String[] texts, Object[] meanings) {
        this.input = input;
        this.problems = problems;
        this.texts = texts;
        this.meanings = meanings;
    }

    InterviewInput input() {
        return input;
    }

    List<CellProblem> problems() {
        return problems;
    }

    /** Columns whose text could not be read: the rules' "required" for them would only repeat it. */
    Set<ImportColumn> unreadable() {
        Set<ImportColumn> columns = EnumSet.noneOf(ImportColumn.class);
        for (CellProblem problem : problems) {
            columns.add(problem.column());
        }
        return columns;
    }

    /**
     * Same meaning when both cells could be read (a date, a district id, a choice); otherwise the same
     * text, ignoring case and spacing for everything but free text. Compared only when rows share a
     * key, so the normalising is not paid for every row.
     */
    boolean agreesWith(InterviewCells other, ImportColumn column) {
        int i = column.ordinal();
        if (meanings[i] != null && other.meanings[i] != null) {
            return meanings[i].equals(other.meanings[i]);
        }
        if (meanings[i] != null || other.meanings[i] != null) {
            return false;
        }
        return texts[i].equals(other.texts[i]) || !isFreeText(column)
                && ReferenceData.key(texts[i]).equals(ReferenceData.key(other.texts[i]));
    }

    private static boolean isFreeText(ImportColumn column) {
        return column == ImportColumn.INTERVIEWER || column == ImportColumn.HOME_REGION || column == ImportColumn.NOTES;
    }

    static InterviewCells read(RawRow row, ColumnLayout layout, ReferenceData refs) {
        Reading reading = new Reading(row, layout);
        LocalDate date = reading.date(ImportColumn.DATE);
        ReferenceData.District district = reading.district(refs);
        Long villageId = reading.village(refs, district);
        Long placeId = reading.place(refs, district);
        String interviewer = reading.text(ImportColumn.INTERVIEWER);
        RespondentCategory category = reading.category();
        String homeRegion = reading.text(ImportColumn.HOME_REGION);
        boolean consent = reading.consent();
        LocalDate consentDate = reading.date(ImportColumn.CONSENT_DATE);
        String notes = reading.notes();
        InterviewInput input = new InterviewInput(date, district == null ? null : district.id(), villageId, placeId,
                interviewer, category, homeRegion, consent, consentDate, notes);
        return new InterviewCells(input, reading.problems, reading.texts, reading.meanings);
    }

    /** The state of reading one row: its cells, what was found wrong, the comparable values. */
    private static final class Reading {

        private final RawRow row;
        private final ColumnLayout layout;
        private final List<CellProblem> problems = new ArrayList<>(0);
        private final String[] texts = new String[COLUMN_COUNT];
        private final Object[] meanings = new Object[COLUMN_COUNT];

        Reading(RawRow row, ColumnLayout layout) {
            this.row = row;
            this.layout = layout;
        }

        /** The cell's text, remembered for comparing rows of one interview. */
        private String cell(ImportColumn column) {
            String text = layout.cell(row, column);
            texts[column.ordinal()] = text;
            return text;
        }

        /** What the text was read as; null when it could not be read. */
        private void meaning(ImportColumn column, Object value) {
            meanings[column.ordinal()] = value;
        }

        private void problem(ImportColumn column, String messageKey, Object... args) {
            problems.add(new CellProblem(column, messageKey, args));
        }

        LocalDate date(ImportColumn column) {
            String text = cell(column);
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = ImportDates.parse(text);
            if (date == null) {
                problem(column, "import.date.invalid", text);
            }
            meaning(column, date);
            return date;
        }

        ReferenceData.District district(ReferenceData refs) {
            String text = cell(ImportColumn.DISTRICT);
            if (text.isEmpty()) {
                return null;
            }
            ReferenceData.District district = refs.district(text);
            if (district == null) {
                problem(ImportColumn.DISTRICT, "import.district.unknown", text);
            }
            meaning(ImportColumn.DISTRICT, district == null ? null : district.id());
            return district;
        }

        Long village(ReferenceData refs, ReferenceData.District district) {
            String text = cell(ImportColumn.VILLAGE);
            if (text.isEmpty()) {
                return null;
            }
            ReferenceData.Village village = district == null ? null : refs.village(district.id(), text);
            if (village != null) {
                meaning(ImportColumn.VILLAGE, village.id());
                return village.id();
            }
            if (refs.anyVillage(text) == null) {
                problem(ImportColumn.VILLAGE, "import.village.unknown", text);
            } else if (district != null) {
                problem(ImportColumn.VILLAGE, "import.village.outsideDistrict", text, district.name());
            }
            return null;
        }

        Long place(ReferenceData refs, ReferenceData.District district) {
            String text = cell(ImportColumn.PLACE);
            if (text.isEmpty()) {
                return null;
            }
            ReferenceData.Place place = district == null ? null : refs.place(district.id(), text);
            if (place != null) {
                meaning(ImportColumn.PLACE, place.id());
                return place.id();
            }
            if (refs.anyPlace(text) == null) {
                problem(ImportColumn.PLACE, "import.place.unknown", text);
            } else if (district != null) {
                problem(ImportColumn.PLACE, "import.place.outsideDistrict", text, district.name());
            }
            return null;
        }

        /** Free text, compared exactly (apart from surrounding spaces); blank is null like on the form. */
        String text(ImportColumn column) {
            String text = cell(column);
            return text.isEmpty() ? null : text;
        }

        RespondentCategory category() {
            String text = cell(ImportColumn.CATEGORY);
            if (text.isEmpty()) {
                return null;
            }
            RespondentCategory category = ImportChoices.category(text);
            if (category == null) {
                problem(ImportColumn.CATEGORY, "import.category.unknown", text);
            }
            meaning(ImportColumn.CATEGORY, category);
            return category;
        }

        boolean consent() {
            String text = cell(ImportColumn.CONSENT);
            Boolean consent = ImportChoices.consent(text);
            if (consent == null) {
                problem(ImportColumn.CONSENT, "import.consent.invalid", text);
            }
            meaning(ImportColumn.CONSENT, consent);
            return Boolean.TRUE.equals(consent);
        }

        String notes() {
            String notes = text(ImportColumn.NOTES);
            if (notes != null && PlainText.hasMarkup(notes)) {
                problem(ImportColumn.NOTES, "import.text.markup", row.rowNumber());
            }
            return notes;
        }
    }
}
