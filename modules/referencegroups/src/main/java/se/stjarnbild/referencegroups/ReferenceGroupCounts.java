package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** How many reference groups there are, of each kind. */
public record ReferenceGroupCounts(long targetGroupGroups, long districtGroups) implements Serializable {

    public long total() {
        return targetGroupGroups + districtGroups;
    }
}
