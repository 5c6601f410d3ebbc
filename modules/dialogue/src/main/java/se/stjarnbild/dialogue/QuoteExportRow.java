package se.stjarnbild.dialogue;

import java.time.LocalDate;
import java.util.List;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** A quote as exported for work in a spreadsheet: its words, where, from whom, its themes and stars. */
public record QuoteExportRow(long id, String text, List<String> themes, String place, String village, String district,
        QuoteSource source, AttributionLevel attribution, LocalDate interviewDate, RespondentCategory category,
        List<String> stars) {
}
