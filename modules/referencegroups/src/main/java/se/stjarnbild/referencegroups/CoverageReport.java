package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.stjarnbild.meetings.Choice;

/** Groups × candidate stars: who has given input on what, and the gaps in words. */
public record CoverageReport(List<Choice> groups, List<Choice> stars, Map<String, CoverageCell> cells, List<Gap> gaps)
        implements Serializable {

    public CoverageCell cell(long groupId, long starId) {
        CoverageCell cell = cells.get(key(groupId, starId));
        return cell == null ? new CoverageCell(groupId, starId, 0, 0) : cell;
    }

    public static String key(long groupId, long starId) {
        return groupId + ":" + starId;
    }
}
