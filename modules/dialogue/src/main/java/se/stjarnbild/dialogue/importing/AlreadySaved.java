package se.stjarnbild.dialogue.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Quotes of a file that the database already holds for the same interview. */
final class AlreadySaved {

    private AlreadySaved() {
    }

    /** An interview's day, interviewer (any case, outer spaces ignored), district and the quote's words. */
    record Key(LocalDate date, String interviewer, Long districtId, String text) {
    }

    static Key key(LocalDate date, String interviewer, Long districtId, String text) {
        return new Key(date, interviewer == null ? "" : interviewer.strip().toLowerCase(Locale.ROOT), districtId,
                text == null ? "" : text.strip());
    }

    /** The preview with a problem on each row whose quote is already saved; the same preview when none is. */
    static ImportPreview mark(ImportPreview preview, Set<Key> saved) {
        List<ImportProblem> found = new ArrayList<>();
        for (ImportedInterview interview : preview.interviews()) {
            for (ImportedQuote quote : interview.quotes()) {
                Key key = key(interview.input().date(), interview.input().interviewer(), interview.input().districtId(),
                        quote.text());
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
