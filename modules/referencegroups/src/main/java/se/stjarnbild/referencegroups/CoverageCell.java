package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** Whether a group gave input on a star: members asked about it and members who answered it. */
public record CoverageCell(long groupId, long starId, long asked, long answered) implements Serializable {

    public boolean covered() {
        return answered > 0;
    }
}
