package se.stjarnbild.webapp.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongVariedPasswordIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("krokom-demo-2026", "admin"));
    }

    @Test
    void eachBrokenRuleHasItsOwnMessage() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith("kort-2026", "anna"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith(null, "anna"));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problemWith("x1-".repeat(50), "anna"));
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.problemWith("aaaaaaaaaaaaaaa", "anna"));
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.problemWith("hej-Handlaggare-1", "handlaggare"));
    }
}
