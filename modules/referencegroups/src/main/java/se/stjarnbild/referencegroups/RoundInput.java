package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** A feedback round to open: its title, last day to answer, the groups asked and the stars asked about. */
public record RoundInput(String title, LocalDate closesOn, Set<Long> groupIds, Set<Long> starIds)
        implements Serializable {

    public RoundInput {
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
        starIds = starIds == null ? Set.of() : Set.copyOf(starIds);
    }
}
