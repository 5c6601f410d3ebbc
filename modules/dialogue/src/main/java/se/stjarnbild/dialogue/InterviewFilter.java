package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** The filters above the interview list; null means "any". Interviewer matches on part of the name. */
public record InterviewFilter(Long districtId, RespondentCategory category, String interviewer, LocalDate from,
        LocalDate to) implements Serializable {

    public static InterviewFilter none() {
        return new InterviewFilter(null, null, null, null, null);
    }
}
