package se.stjarnbild.dialogue.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.RespondentCategory;

class AlreadySavedTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 12);

    private static ImportPreview preview() {
        InterviewInput input = new InterviewInput(DAY, 1L, null, null, "Ida Intervjuare", RespondentCategory.VISITOR,
                null, false, null, null);
        return new ImportPreview(List.of(new ImportedInterview("A", 2, input, List.of(
                new ImportedQuote(2, "Osten är berömd", AttributionLevel.ANONYMOUS),
                new ImportedQuote(3, "Strömmen är bäst", AttributionLevel.ANONYMOUS)))),
                List.of(new ImportProblem(5, "datum", "interview.date.future", List.of())), 5, 2);
    }

    @Test
    void aQuoteSavedForTheSameInterviewIsAProblemOnItsRow() {
        ImportPreview marked = AlreadySaved.mark(preview(), Set.of(AlreadySaved.key(DAY, " ida intervjuare ", 1L, null, null,
                RespondentCategory.VISITOR, "Osten är berömd")));
        assertEquals(List.of(2, 5), marked.problems().stream().map(ImportProblem::rowNumber).toList());
        assertEquals("import.quote.alreadySaved", marked.problems().get(0).messageKey());
    }

    @Test
    void anotherDayDistrictVillagePlaceCategoryOrInterviewerIsAnotherInterview() {
        ImportPreview original = preview();
        assertSame(original, AlreadySaved.mark(original, Set.of(
                AlreadySaved.key(DAY.plusDays(1), "Ida Intervjuare", 1L, null, null, RespondentCategory.VISITOR, "Osten är berömd"),
                AlreadySaved.key(DAY, "Ida Intervjuare", 2L, null, null, RespondentCategory.VISITOR, "Osten är berömd"),
                AlreadySaved.key(DAY, "Ida Intervjuare", 1L, 7L, null, RespondentCategory.VISITOR, "Osten är berömd"),
                AlreadySaved.key(DAY, "Ida Intervjuare", 1L, null, 9L, RespondentCategory.VISITOR, "Osten är berömd"),
                AlreadySaved.key(DAY, "Ida Intervjuare", 1L, null, null, RespondentCategory.RESIDENT, "Osten är berömd"),
                AlreadySaved.key(DAY, "Bo", 1L, null, null, RespondentCategory.VISITOR, "Osten är berömd"))));
    }
}
