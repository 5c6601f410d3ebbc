package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** One line of the interview list. */
public record InterviewRow(long id, LocalDate date, String district, String village, String place, String interviewer,
        RespondentCategory category, String homeRegion, boolean consentGiven, long quotes) implements Serializable {
}
