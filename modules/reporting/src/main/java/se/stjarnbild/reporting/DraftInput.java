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
        decisionPoints = decisionPoints == null ? List.of() : List.copyOf(decisionPoints);
        starIds = starIds == null ? List.of() : List.copyOf(starIds);
    }
}
