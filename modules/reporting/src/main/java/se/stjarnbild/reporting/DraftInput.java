package se.stjarnbild.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the secretary writes: the header, the decision points in order, the free-text sections
 * (typed text or pasted HTML; sanitised on save), the further basis documents and the
 * recipients (one per line), and the stars the document presents, in order.
 */
public record DraftInput(String registryNumber, String title, String unit, String caseOfficer, LocalDate date,
        List<String> decisionPoints, String summary, String background, String consequencesEconomy,
        String consequencesChildren, String consequencesEquality, String basis, String recipients, List<Long> starIds)
        implements Serializable {

    public DraftInput {
        // "KS  2026/123" typed with two spaces is the same number.
        registryNumber = registryNumber == null ? null : registryNumber.strip().replaceAll("\\s+", " ");
        // An emptied point's box arrives as null; it counts as blank (and is left out on save).
        decisionPoints = decisionPoints == null ? List.of()
                : decisionPoints.stream().map(p -> p == null ? "" : p).toList();
        starIds = starIds == null ? List.of() : List.copyOf(starIds);
    }
}
