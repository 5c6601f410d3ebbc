package se.stjarnbild.referencegroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.model.groups.AgeBand;
import se.stjarnbild.referencegroups.CoverageCell;
import se.stjarnbild.referencegroups.CoverageReport;
import se.stjarnbild.referencegroups.Gap;
import se.stjarnbild.referencegroups.Gap.GapKind;

class GapsTest {

    private static final Choice YOUTH = new Choice(1, "Ungdomar");
    private static final Choice HOTAGEN = new Choice(2, "Hotagen");
    private static final Choice MOVED_HERE = new Choice(3, "Inflyttare");
    private static final Choice FISHING = new Choice(10, "Fiskevatten");
    private static final Choice DAIRY = new Choice(11, "Bymejeri");

    @Test
    void namesWhoIsMissingThenWhatWasNotAskedOrNotAnswered() {
        Map<String, CoverageCell> cells = Map.of(
                CoverageReport.key(1, 10), new CoverageCell(1, 10, 4, 3),
                CoverageReport.key(2, 10), new CoverageCell(2, 10, 2, 0),
                CoverageReport.key(2, 11), new CoverageCell(2, 11, 2, 1));
        List<AgeBand> hotagenAges = new ArrayList<>();
        hotagenAges.add(AgeBand.FROM_45_TO_64);
        hotagenAges.add(null);
        Map<Long, List<AgeBand>> ages = Map.of(1L, List.of(AgeBand.UNDER_20, AgeBand.FROM_20_TO_29), 2L, hotagenAges);

        List<Gap> gaps = Gaps.find(List.of(YOUTH, HOTAGEN, MOVED_HERE), List.of(FISHING, DAIRY), cells, ages);

        assertEquals(List.of(
                new Gap(GapKind.NO_MEMBERS_UNDER_30, 2, List.of("Hotagen")),
                new Gap(GapKind.NO_MEMBERS, 3, List.of("Inflyttare")),
                new Gap(GapKind.NOT_ASKED, 1, List.of("Ungdomar", "Bymejeri")),
                new Gap(GapKind.NO_ANSWERS, 2, List.of("Hotagen", "Fiskevatten")),
                new Gap(GapKind.NOT_ASKED, 3, List.of("Inflyttare", "Fiskevatten, Bymejeri"))), gaps);
        assertEquals("gap.NOT_ASKED", gaps.get(2).messageKey());
    }

    @Test
    void aFullyCoveredPictureHasNoGaps() {
        Map<String, CoverageCell> cells = Map.of(CoverageReport.key(1, 10), new CoverageCell(1, 10, 1, 1));
        assertEquals(List.of(), Gaps.find(List.of(YOUTH), List.of(FISHING), cells, Map.of(1L, List.of(AgeBand.UNDER_20))));
    }
}
