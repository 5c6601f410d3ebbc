package se.stjarnbild.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.reporting.DraftInput;

class DraftRulesTest {

    private static DraftInput draft(String dnr, List<String> points, String summary, List<Long> stars) {
        return new DraftInput(dnr, "Stjärnbilden", "Kommunledningsförvaltningen", null, LocalDate.of(2026, 11, 26), points,
                summary, null, null, null, null, null, null, stars);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aDraftMaySaveWithoutRegistryNumberButNotGenerate() {
        DraftInput incomplete = draft(null, List.of(" "), "", List.of());
        assertEquals(List.of(), fields(DraftRules.forSaving(incomplete)));
        assertEquals(List.of("registryNumber:document.dnr.required", "decisionPoints:document.points.required",
                "stars:document.stars.required"), fields(DraftRules.forGenerating(incomplete)));
        assertEquals(List.of(), fields(DraftRules.forGenerating(draft("KS 2026/123", List.of("Anta"), "", List.of(1L)))));
    }

    @Test
    void anEmptiedDecisionPointIsBlankAndDoubleSpacesInTheNumberAreOne() {
        DraftInput withEmptiedPoint = draft("KS  2026/123", java.util.Arrays.asList("Anta stjärnbilden", null), "", List.of(1L));
        assertEquals(List.of("Anta stjärnbilden", ""), withEmptiedPoint.decisionPoints());
        assertEquals("KS 2026/123", withEmptiedPoint.registryNumber());
        assertEquals(List.of(), fields(DraftRules.forGenerating(withEmptiedPoint)));
    }

    @Test
    void registryNumbersLookAsRegistriesWriteThem() {
        for (String good : List.of("KS 2026/123", "KS2026/1", "BUN 2025/004711", "KS 2026/123-1", "ks 2026/123", "2026/123",
                "KS 2026/123.2", "ÖN 2026/7")) {
            assertEquals(List.of(), fields(DraftRules.forSaving(draft(good, List.of(), "", List.of()))), good);
        }
        for (String bad : List.of("123", "KS 26/1", "KS 2026/", "<script>", "KS 2026/123-")) {
            assertEquals(List.of("registryNumber:document.dnr.invalid"), fields(DraftRules.forSaving(draft(bad, List.of(), "", List.of()))), bad);
        }
        assertEquals(List.of("registryNumber:document.tooLong"),
                fields(DraftRules.forSaving(draft("KS 2026/" + "1".repeat(300), List.of(), "", List.of()))), "too long says so");
    }

    @Test
    void hugePastedHtmlAndOverlongPointsAreRefused() {
        String page = "<div>" + "<span style='x'>ord </span>".repeat(30_000) + "</div>";
        assertEquals(List.of("summary:document.text.tooLong"), fields(DraftRules.forSaving(draft(null, List.of(), page, List.of()))));
        assertEquals(List.of("decisionPoints:document.point.tooLong"),
                fields(DraftRules.forSaving(draft(null, List.of("ok", "x".repeat(2_001)), "", List.of()))));
    }
}
