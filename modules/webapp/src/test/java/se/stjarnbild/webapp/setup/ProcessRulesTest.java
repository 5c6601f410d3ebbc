package se.stjarnbild.webapp.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.campaign.PhaseKind;

class ProcessRulesTest {

    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate JULY_31 = LocalDate.of(2026, 7, 31);

    @Test
    void aCompleteProcessHasNothingToFix() {
        assertEquals(List.of(), fields(ProcessRules.checkSaved("Platsvarumärke Krokoms kommun", "Krokoms kommun", 2026, "",
                List.of(phase(PhaseKind.INTERVIEWS, JULY_1, JULY_31), phase(PhaseKind.DECISION, null, null)))));
    }

    @Test
    void everyFieldToFixIsNamedInOneAnswer() {
        List<ProcessRules.Problem> problems = ProcessRules.checkSaved("  ", null, 1999, "x".repeat(2001), List.of(
                phase(PhaseKind.INTERVIEWS, JULY_31, JULY_1),
                phase(PhaseKind.REFERENCE_GROUPS, JULY_1, null),
                phase(PhaseKind.OPEN_MEETINGS, null, JULY_31),
                phase(PhaseKind.DECISION, LocalDate.of(1026, 12, 1), LocalDate.of(2026, 12, 9))));
        assertEquals(List.of("name", "municipality", "year", "description", "INTERVIEWS-end", "REFERENCE_GROUPS-end",
                "OPEN_MEETINGS-start", "DECISION-start"), fields(problems));
        assertEquals(List.of("setup.name.required", "process.municipality.required", "process.year.range", "setup.name.tooLong",
                "phase.endBeforeStart", "phase.endMissing", "phase.startMissing", "phase.dateRange"),
                problems.stream().map(ProcessRules.Problem::messageKey).toList());
    }

    @Test
    void aPhaseOfOneDayAndAMissingYearAndMarkupInANameAreTold() {
        List<ProcessRules.Problem> problems = ProcessRules.checkSaved("<script>x</script>", "Krokoms kommun", null, null,
                List.of(phase(PhaseKind.OPEN_MEETINGS, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 8))));
        assertEquals(List.of("setup.name.markup", "process.year.required"),
                problems.stream().map(ProcessRules.Problem::messageKey).toList());
    }

    @Test
    void aPhaseFarFromTheProcesssYearIsTold() {
        List<ProcessRules.Problem> problems = ProcessRules.checkSaved("Platsvarumärke", "Krokoms kommun", 2029, null,
                List.of(phase(PhaseKind.INTERVIEWS, JULY_1, JULY_31),
                        phase(PhaseKind.DECISION, LocalDate.of(2028, 12, 1), LocalDate.of(2028, 12, 15))));
        assertEquals(List.of("INTERVIEWS-start"), fields(problems), "2026 is far from 2029; December 2028 is near");
        assertEquals("phase.farFromYear", problems.get(0).messageKey());
    }

    @Test
    void aYearTypedAsWordsIsToldWithEveryOtherProblem() {
        List<ProcessRules.Problem> problems = ProcessRules.check("", "Krokoms kommun", "abc", null,
                List.of(phase(PhaseKind.DECISION, JULY_31, JULY_1)));
        assertEquals(List.of("name", "year", "DECISION-end"), fields(problems), "all at once, not the year alone");
        assertEquals("process.year.invalid", problems.get(1).messageKey());
        assertEquals("process.year.range", ProcessRules.check("P", "K", "0026", null, List.of()).get(0).messageKey());
        assertEquals(List.of(), ProcessRules.check("P", "K", " 2026 ", null, List.of()));
    }

    @Test
    void aNameAndAPositionAreCheckedTogether() {
        assertEquals(List.of("name", "sortOrder"), Names.check(" ", 200, "x").stream().map(ProcessRules.Problem::field).toList());
        assertEquals(List.of("sortOrder"), Names.check("Hotagen", 200, "1000").stream().map(ProcessRules.Problem::field).toList());
        assertEquals(List.of(), Names.check("Hotagen", 200, " "));
        assertEquals(Integer.valueOf(3), Names.position(" 3 "));
    }

    @Test
    void wordsInAngleBracketsAreNotMarkup() {
        assertEquals(List.of(), fields(ProcessRules.checkSaved("Platsvarumärke <2026>", "Krokoms kommun", 2026, null, List.of())));
    }

    @Test
    void aLastDayLongGoneIsCaughtOnceBeforeItErasesTheMembers() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        // The board decision typed a year early, the other phases left out.
        List<PhaseDates> typo = List.of(phase(PhaseKind.INTERVIEWS, null, null),
                phase(PhaseKind.DECISION, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 15)));
        assertEquals(java.util.Optional.of(LocalDate.of(2025, 12, 15)), ProcessRules.endErasesMembers(typo, null, today, 90));
        assertEquals(java.util.Optional.empty(), ProcessRules.endErasesMembers(typo, LocalDate.of(2025, 12, 15), today, 90),
                "the last day already saved is not asked about again");
        assertEquals(java.util.Optional.empty(), ProcessRules.endErasesMembers(typo, null, today, 400), "within the retention time");
        List<PhaseDates> current = List.of(phase(PhaseKind.DECISION, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15)));
        assertEquals(java.util.Optional.empty(), ProcessRules.endErasesMembers(current, null, today, 90));
        assertEquals(java.util.Optional.empty(), ProcessRules.endErasesMembers(List.of(phase(PhaseKind.DECISION, null, null)),
                null, today, 90), "no dates, nothing to erase by");
    }

    private static PhaseDates phase(PhaseKind kind, LocalDate start, LocalDate end) {
        return new PhaseDates(kind, start, end);
    }

    private static List<String> fields(List<ProcessRules.Problem> problems) {
        return problems.stream().map(ProcessRules.Problem::field).toList();
    }
}
