package se.stjarnbild.dialogue.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** Quotes of a file that the database already holds for the same interview. */
final class AlreadySaved {

    private AlreadySaved() {
    }

    /**
     * An interview as the file describes it (day, interviewer in any case, district, village, place,
     * respondent category) and the quote's words: two interviews alike in all of that and a quote
     * word for word the same are the same quote saved twice.
     */
    record Key(LocalDate date, String interviewer, Long districtId, Long villageId, Long placeId,
            RespondentCategory category, String text) {
    }

    static Key key(InterviewInput interview, String text) {
        return key(interview.date(), interview.interviewer(), interview.districtId(), interview.villageId(),
                interview.placeId(), interview.category(), text);
    }

    static Key key(LocalDate date, String interviewer, Long districtId, Long villageId, Long placeId,
            RespondentCategory category, String text) {
        return new Key(date, interviewer == null ? "" : interviewer.strip().toLowerCase(Locale.ROOT), districtId,
                villageId, placeId, category, text == null ? "" : text.strip());
    }

    /** The preview with a problem on each row whose quote is already saved; the same preview when none is. */
    static ImportPreview mark(ImportPreview preview, Set<Key> saved) {
        List<ImportProblem> found = new ArrayList<>();
        for (ImportedInterview interview : preview.interviews()) {
            for (ImportedQuote quote : interview.quotes()) {
                Key key = key(interview.input(), quote.text());
                if (saved.contains(key)) {
                    found.add(new ImportProblem(quote.rowNumber(), null, "import.quote.alreadySaved", List.of()));
                }
            }
        }
        if (found.isEmpty()) {
            return preview;
        }
        List<ImportProblem> all = new ArrayList<>(preview.problems());
        all.addAll(found);
        all.sort(Comparator.comparingInt(ImportProblem::rowNumber));
        return new ImportPreview(preview.interviews(), all, preview.rowCount(), preview.quoteCount());
    }
}
