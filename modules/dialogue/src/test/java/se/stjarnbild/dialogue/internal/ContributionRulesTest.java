package se.stjarnbild.dialogue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.dialogue.ContributionInput;
import se.stjarnbild.dialogue.FieldProblem;

class ContributionRulesTest {

    private static List<String> check(String text, String email, boolean consent) {
        ContributionInput in = new ContributionInput(text, null, null, null, null, null, email, consent);
        return ContributionRules.check(in, QuoteText.clean(text)).stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void wordsAreNeededAndMarkupDoesNotCount() {
        assertEquals(List.of(), check("Fisket i Hotagen är unikt", null, false));
        assertEquals(List.of("contribution.text.required"), check("  <script>alert(1)</script> ", null, false));
        assertEquals(List.of("contribution.text.tooLong"), check("å".repeat(2_001), null, false));
        assertEquals(List.of(), check("<b>" + "å".repeat(1_990) + "</b>", null, false));
    }

    @Test
    void anEmailNeedsAShapeAndConsent() {
        assertEquals(List.of("contribution.email.invalid"), check("Bra", "inte-en-adress", true));
        assertEquals(List.of("contribution.email.consent"), check("Bra", "anna@example.se", false));
        assertEquals(List.of(), check("Bra", "anna@example.se", true));
        assertEquals(List.of(), check("Bra", "  ", false));
    }
}
