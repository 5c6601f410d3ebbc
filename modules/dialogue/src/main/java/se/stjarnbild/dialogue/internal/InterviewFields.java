package se.stjarnbild.dialogue.internal;

import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.model.dialogue.Interview;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.Village;

/** Copies checked input onto an interview (the form's save; the import writes the same columns by JDBC). */
final class InterviewFields {

    private InterviewFields() {
    }

    static void fill(Interview interview, InterviewInput input, District district, Village village, Place place) {
        interview.setDate(input.date());
        interview.setDistrict(district);
        interview.setVillage(village);
        interview.setPlace(place);
        interview.setInterviewer(input.interviewer().trim());
        interview.setCategory(input.category());
        interview.setHomeRegion(blankToNull(input.homeRegion()));
        interview.recordConsent(input.consentGiven(), input.consentDate());
        interview.setNotes(blankToNull(input.notes()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
