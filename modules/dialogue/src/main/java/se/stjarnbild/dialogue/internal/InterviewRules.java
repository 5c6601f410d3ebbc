package se.stjarnbild.dialogue.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InterviewInput;

/** The rules an interview must meet that need no database: each broken rule names its field. */
public final class InterviewRules {

    static final int MAX_NAME = 200;
    static final int MAX_NOTES = 4_000;
    /** Earlier dates are typing slips: a date field takes "26" as the year 0026. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private InterviewRules() {
    }

    public static List<FieldProblem> check(InterviewInput input, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.date() == null) {
            problems.add(new FieldProblem("date", "interview.date.required"));
        } else if (input.date().isAfter(today)) {
            problems.add(new FieldProblem("date", "interview.date.future"));
        } else if (input.date().isBefore(EARLIEST)) {
            problems.add(new FieldProblem("date", "interview.date.tooEarly"));
        }
        if (input.districtId() == null) {
            problems.add(new FieldProblem("district", "interview.district.required"));
        }
        if (input.interviewer() == null || input.interviewer().isBlank()) {
            problems.add(new FieldProblem("interviewer", "interview.interviewer.required"));
        } else if (input.interviewer().length() > MAX_NAME) {
            problems.add(new FieldProblem("interviewer", "interview.interviewer.tooLong"));
        }
        if (input.category() == null) {
            problems.add(new FieldProblem("category", "interview.category.required"));
        }
        if (input.homeRegion() != null && input.homeRegion().length() > MAX_NAME) {
            problems.add(new FieldProblem("homeRegion", "interview.homeRegion.tooLong"));
        }
        if (input.consentGiven()) {
            if (input.consentDate() == null) {
                problems.add(new FieldProblem("consentDate", "interview.consentDate.required"));
            } else if (input.consentDate().isAfter(today)) {
                problems.add(new FieldProblem("consentDate", "interview.consentDate.future"));
            } else if (input.consentDate().isBefore(EARLIEST)) {
                problems.add(new FieldProblem("consentDate", "interview.consentDate.tooEarly"));
            }
        }
        if (input.notes() != null && input.notes().length() > MAX_NOTES) {
            problems.add(new FieldProblem("notes", "interview.notes.tooLong"));
        }
        return problems;
    }
}
