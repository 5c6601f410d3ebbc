package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.stjarnbild.model.groups.AgeBand;

/** A member as listed. An erased member has no name or contact details, only the dates. */
public record MemberRow(long id, String name, String email, String phone, List<String> groups, LocalDate joinedOn,
        LocalDate leftOn, AgeBand ageBand, boolean erased) implements Serializable {

    public String groupsText() {
        return String.join(", ", groups);
    }
}
