package se.stjarnbild.referencegroups.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.model.groups.AgeBand;
import se.stjarnbild.referencegroups.CoverageReport;
import se.stjarnbild.referencegroups.CoverageCell;
import se.stjarnbild.referencegroups.Gap;
import se.stjarnbild.referencegroups.Gap.GapKind;

/**
 * Finds what the groups have not yet told us, in the order a reader needs it: first who is
 * missing from a group, then which stars a group was never asked about or did not answer.
 */
public final class Gaps {

    private Gaps() {
    }

    /**
     * @param ages each group's current members' age bands (null where a member did not say)
     */
    public static List<Gap> find(List<Choice> groups, List<Choice> stars, Map<String, CoverageCell> cells,
            Map<Long, List<AgeBand>> ages) {
        List<Gap> gaps = new ArrayList<>();
        for (Choice group : groups) {
            List<AgeBand> members = ages.getOrDefault(group.id(), List.of());
            if (members.isEmpty()) {
                gaps.add(new Gap(GapKind.NO_MEMBERS, group.id(), List.of(group.name())));
            } else if (members.stream().noneMatch(age -> age != null && age.underThirty())) {
                gaps.add(new Gap(GapKind.NO_MEMBERS_UNDER_30, group.id(), List.of(group.name())));
            }
        }
        for (Choice group : groups) {
            List<String> notAsked = new ArrayList<>();
            List<String> unanswered = new ArrayList<>();
            for (Choice star : stars) {
                CoverageCell cell = cells.get(CoverageReport.key(group.id(), star.id()));
                if (cell == null || cell.asked() == 0) {
                    notAsked.add(star.name());
                } else if (cell.answered() == 0) {
                    unanswered.add(star.name());
                }
            }
            if (!notAsked.isEmpty()) {
                gaps.add(new Gap(GapKind.NOT_ASKED, group.id(), List.of(group.name(), String.join(", ", notAsked))));
            }
            if (!unanswered.isEmpty()) {
                gaps.add(new Gap(GapKind.NO_ANSWERS, group.id(), List.of(group.name(), String.join(", ", unanswered))));
            }
        }
        return gaps;
    }
}
