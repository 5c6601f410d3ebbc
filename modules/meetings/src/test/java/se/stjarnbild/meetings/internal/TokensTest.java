package se.stjarnbild.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aDoorCodeAlreadyTakenIsNeverHandedOut() {
        List<String> asked = new ArrayList<>();
        String code = Tokens.newCode(candidate -> {
            asked.add(candidate);
            return asked.size() <= 3;
        });

        assertEquals(4, asked.size(), "three codes were taken, the fourth was free");
        assertEquals(asked.get(3), code);
    }

    @Test
    void doorCodesAvoidLettersThatAreEasilyMixedUp() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = Tokens.newCode(codes::contains);
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{6}"), code);
            assertTrue(codes.add(code), "unique at one meeting");
        }
    }

    @Test
    void tokensAreLongRandomAndWellFormed() {
        String token = Tokens.newToken();

        assertTrue(Tokens.wellFormed(token), token);
        assertEquals(43, token.length());
        assertFalse(token.equals(Tokens.newToken()));
        assertFalse(Tokens.wellFormed(token + "<"));
        assertFalse(Tokens.wellFormed(null));
    }
}
