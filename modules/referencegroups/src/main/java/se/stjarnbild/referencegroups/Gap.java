package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.util.List;

/**
 * Something missing from the picture: a group with no members, or with no member under 30; a
 * group not asked about some stars, or asked without answering. The kind names the message; the
 * arguments fill it (the group's name, then the stars' titles).
 */
public record Gap(GapKind kind, long groupId, List<String> arguments) implements Serializable {

    public enum GapKind {
        NOT_ASKED,
        NO_ANSWERS,
        NO_MEMBERS,
        NO_MEMBERS_UNDER_30
    }

    public String messageKey() {
        return "gap." + kind.name();
    }
}
