package se.stjarnbild.reporting.document;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the decision document says, gathered once per generation: the header, the
 * secretary's sections (sanitised HTML), the figures from the data and the chosen stars. The
 * preview, the PDF and the DOCX are all made from one of these.
 */
public record DocumentContent(String municipality, List<String> districts, String unit, LocalDate date, String registryNumber,
        String caseOfficer, String title, List<String> decisionPoints, String summary, String background,
        Method method, List<StarSection> stars, String consequencesEconomy, String consequencesChildren,
        String consequencesEquality, List<String> basis, List<String> recipients) implements Serializable {
}
