package se.stjarnbild.meetings;

import java.io.Serializable;

/** A venue as entered. */
public record VenueInput(String name, String address, Long districtId, Integer capacity, boolean stepFree,
        boolean hearingLoop, String accessibilityNotes, String facilities) implements Serializable {
}
