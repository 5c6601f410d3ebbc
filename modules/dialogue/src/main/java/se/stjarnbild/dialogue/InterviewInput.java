package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** An interview as entered on the form or in an import row. Ids refer to district, village and place. */
public record InterviewInput(LocalDate date, Long districtId, Long villageId, Long placeId, String interviewer,
        RespondentCategory category, String homeRegion, boolean consentGiven, LocalDate consentDate, String notes)
        implements Serializable {
}
