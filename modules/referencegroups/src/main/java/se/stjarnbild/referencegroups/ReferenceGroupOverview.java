package se.stjarnbild.referencegroups;

import java.util.List;

/** The reference groups as the rest of the product sees them. */
public interface ReferenceGroupOverview {

    ReferenceGroupCounts counts();

    /** All groups, target-group groups first, each by name. */
    List<ReferenceGroupSummary> groups();
}
