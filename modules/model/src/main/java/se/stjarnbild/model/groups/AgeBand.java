package se.stjarnbild.model.groups;

/** A member's age, told in bands: enough to see whether a group speaks for the young and the old. */
public enum AgeBand {
    UNDER_20,
    FROM_20_TO_29,
    FROM_30_TO_44,
    FROM_45_TO_64,
    FROM_65;

    /** Whether this band is under 30: the groups are asked to hear people under 30. */
    public boolean underThirty() {
        return this == UNDER_20 || this == FROM_20_TO_29;
    }
}
