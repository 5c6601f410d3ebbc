package se.stjarnbild.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.RegistrationInput;
import se.stjarnbild.meetings.scheduling.Problem;

class RegistrationRulesTest {

    private static List<String> keys(RegistrationInput input, boolean byStaff) {
        return RegistrationRules.check(input, byStaff).stream().map(Problem::messageKey).toList();
    }

    @Test
    void aNameIsOnlyANameNeverMarkupOrALink() {
        assertEquals(List.of(), keys(new RegistrationInput("Åsa Öberg-Lind", "asa@example.se", null, null, null, true), false));
        for (String name : List.of("<b>Åsa</b>", "Vinn pengar https://bedrägeri.example", "Besök www.example.com",
                "kontakt@example.se", "klicka på example.se")) {
            assertEquals(List.of("registration.name.markup"),
                    keys(new RegistrationInput(name, "asa@example.se", null, null, null, true), false), name);
        }
    }

    @Test
    void thePublicFormNeedsAnAddressAndConsentStaffNeedAnAddressOrAPhone() {
        assertEquals(List.of("registration.email.required", "registration.consent.required"),
                keys(new RegistrationInput("Bo", " ", null, null, null, false), false));
        assertEquals(List.of("registration.email.invalid"), keys(new RegistrationInput("Bo", "bo@example", null, null, null, true), false));
        assertEquals(List.of(), keys(new RegistrationInput("Bo", null, "070-123 45 67", null, null, false), true));
        assertEquals(List.of("registration.contact.required"), keys(new RegistrationInput("Bo", null, null, null, null, false), true));
        assertEquals(List.of("registration.phone.invalid"), keys(new RegistrationInput("Bo", null, "ring mig", null, null, false), true));
    }
}
