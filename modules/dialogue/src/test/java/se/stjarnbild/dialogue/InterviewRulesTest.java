package se.stjarnbild.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.dialogue.internal.InterviewRules;
import se.stjarnbild.model.dialogue.RespondentCategory;

class InterviewRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    private static InterviewInput valid() {
        return new InterviewInput(LocalDate.of(2026, 7, 15), 1L, null, null, "Hanna Handläggare",
                RespondentCategory.VISITOR, "Stockholm", true, LocalDate.of(2026, 7, 15), "Gillar ost.");
    }

    @Test
    void aCompleteInterviewPasses() {
        assertEquals(List.of(), InterviewRules.check(valid(), TODAY));
        assertEquals(List.of(), InterviewRules.check(new InterviewInput(TODAY, 1L, null, null, "A", RespondentCategory.OTHER,
                null, false, null, null), TODAY), "today is not the future; no consent needs no date");
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        List<FieldProblem> problems = InterviewRules.check(new InterviewInput(null, null, null, null, "  ", null, null,
                true, null, null), TODAY);
        assertEquals(List.of(
                new FieldProblem("date", "interview.date.required"),
                new FieldProblem("district", "interview.district.required"),
                new FieldProblem("interviewer", "interview.interviewer.required"),
                new FieldProblem("category", "interview.category.required"),
                new FieldProblem("consentDate", "interview.consentDate.required")), problems);
    }

    @Test
    void futureDatesAndOverlongTextAreRefused() {
        InterviewInput input = new InterviewInput(TODAY.plusDays(1), 1L, null, null, "x".repeat(201),
                RespondentCategory.RESIDENT, "y".repeat(201), true, TODAY.plusDays(2), "z".repeat(4_001));
        assertEquals(List.of(
                new FieldProblem("date", "interview.date.future"),
                new FieldProblem("interviewer", "interview.interviewer.tooLong"),
                new FieldProblem("homeRegion", "interview.homeRegion.tooLong"),
                new FieldProblem("consentDate", "interview.consentDate.future"),
                new FieldProblem("notes", "interview.notes.tooLong")), InterviewRules.check(input, TODAY));
    }

    @Test
    void aYearTypedWithTwoDigitsIsCaughtAsTooEarly() {
        InterviewInput input = new InterviewInput(LocalDate.of(26, 7, 15), 1L, null, null, "A",
                RespondentCategory.RESIDENT, null, true, LocalDate.of(1999, 12, 31), null);
        assertEquals(List.of(
                new FieldProblem("date", "interview.date.tooEarly"),
                new FieldProblem("consentDate", "interview.consentDate.tooEarly")), InterviewRules.check(input, TODAY));
        assertEquals(List.of(), InterviewRules.check(new InterviewInput(LocalDate.of(2000, 1, 1), 1L, null, null, "A",
                RespondentCategory.RESIDENT, null, true, LocalDate.of(2000, 1, 1), null), TODAY), "the year 2000 itself is fine");
    }
}
