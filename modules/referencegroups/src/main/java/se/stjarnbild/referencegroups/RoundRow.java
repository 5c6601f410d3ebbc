package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.LocalDate;

/** A round as listed, with how many members were asked and how many answered. */
public record RoundRow(long id, String title, LocalDate closesOn, boolean open, String groups, int stars,
        long invited, long answered) implements Serializable {

    /** Answered share in whole percent (0 when nobody was asked). */
    public long percent() {
        return Response.percent(answered, invited);
    }
}
