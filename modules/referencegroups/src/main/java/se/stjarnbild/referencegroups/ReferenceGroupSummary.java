package se.stjarnbild.referencegroups;

import java.io.Serializable;
import se.stjarnbild.model.groups.ReferenceGroupKind;

/**
 * One reference group: its id, name, kind, what it represents (a target group or a district),
 * its contact person among staff (empty when none) and how many members it has today.
 */
public record ReferenceGroupSummary(long id, String name, ReferenceGroupKind kind, String represents,
        String contact, long members) implements Serializable {
}
