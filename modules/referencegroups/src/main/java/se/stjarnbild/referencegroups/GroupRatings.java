package se.stjarnbild.referencegroups;

import java.io.Serializable;

/** One group's ratings of one star: how true and how unique. */
public record GroupRatings(long groupId, String group, RatingSummary truth, RatingSummary uniqueness)
        implements Serializable {
}
