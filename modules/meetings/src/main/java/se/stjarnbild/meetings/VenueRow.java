package se.stjarnbild.meetings;

import java.io.Serializable;

/** A venue as listed and edited, with how many meetings use it. */
public record VenueRow(long id, long version, String name, String address, Long districtId, String district,
        int capacity, boolean stepFree, boolean hearingLoop, String accessibilityNotes, String facilities,
        long meetings) implements Serializable {
}
