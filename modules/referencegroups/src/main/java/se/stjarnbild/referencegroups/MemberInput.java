package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import se.stjarnbild.model.groups.AgeBand;
import se.stjarnbild.model.groups.Recruitment;

/**
 * What staff enter about a member. The background fields (age band, district of residence, years
 * living here) are each optional: they show how well a group represents the people it speaks for.
 */
public record MemberInput(String name, String email, String phone, String postalAddress, Set<Long> groupIds,
        LocalDate joinedOn, LocalDate leftOn, Recruitment recruitedHow, boolean consentGiven, LocalDate consentDate,
        AgeBand ageBand, Long residenceDistrictId, Integer yearsHere, String language) implements Serializable {

    public MemberInput {
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
        // The member's e-mail is Swedish unless English is chosen; anything else reads as Swedish.
        language = "en".equals(language) ? "en" : null;
    }
}
