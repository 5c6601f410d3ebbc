package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.util.List;
import se.stjarnbild.model.groups.ReferenceGroupKind;

/** A group with its purpose, contact person and sessions (meetings), each with its conclusions. */
public record GroupDetails(long id, long version, String name, ReferenceGroupKind kind, String represents,
        String purpose, Long contactUserId, String contact, long members, List<GroupSession> sessions)
        implements Serializable {
}
