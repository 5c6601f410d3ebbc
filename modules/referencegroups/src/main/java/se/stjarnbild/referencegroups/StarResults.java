package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.util.List;

/** What the groups said about one star: ratings per group, everyone's ratings together, comments. */
public record StarResults(long starId, String title, List<GroupRatings> groups, GroupRatings all,
        List<Comment> comments) implements Serializable {
}
