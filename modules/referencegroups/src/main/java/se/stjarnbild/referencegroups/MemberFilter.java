package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** Which members to list: one group or all, a name or e-mail to find, and whether former members too. */
public record MemberFilter(Long groupId, String text, boolean includeFormer) implements Serializable {

    public static MemberFilter current() {
        return new MemberFilter(null, null, false);
    }
}
