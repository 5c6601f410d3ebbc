package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** How one group answered a round: members asked, members who answered. */
public record Response(long groupId, String group, long invited, long answered) implements Serializable {

    public long percent() {
        return percent(answered, invited);
    }

    /** Rounded half up, so 2 of 3 is 67 %. */
    static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
