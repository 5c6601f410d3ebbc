package se.stjarnbild.referencegroups;

import java.io.Serializable;
import se.stjarnbild.model.groups.ReferenceGroupKind;

/** One reference group: its id, name, kind and what it represents (a target group or a district). */
public record ReferenceGroupSummary(long id, String name, ReferenceGroupKind kind, String represents)
        implements Serializable {
}
