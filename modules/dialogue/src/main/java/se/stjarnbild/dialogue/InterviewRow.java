package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** One line of the interview list; {@code evidenceFor} names the stars its quotes are evidence for. */
public record InterviewRow(long id, LocalDate date, String district, String village, String place, String interviewer,
        RespondentCategory category, String homeRegion, boolean consentGiven, long quotes, List<String> evidenceFor)
        implements Serializable {

    public InterviewRow {
        evidenceFor = List.copyOf(evidenceFor);
    }
}
