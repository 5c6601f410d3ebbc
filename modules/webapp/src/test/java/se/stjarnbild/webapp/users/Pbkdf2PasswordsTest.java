package se.stjarnbild.webapp.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordsTest {

    /** Few iterations keep the test fast; the format and checks are the same. */
    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords(1_000);

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = passwords.hash("rätt-lösenord-2026".toCharArray());

        assertTrue(passwords.verify("rätt-lösenord-2026".toCharArray(), stored));
        assertFalse(passwords.verify("rätt-lösenord-2027".toCharArray(), stored));
        assertFalse(passwords.verify("".toCharArray(), stored));
    }

    @Test
    void theStoredFormNamesAlgorithmAndCostAndSaltsEachHash() {
        String first = passwords.hash("samma-lösenord".toCharArray());
        String second = passwords.hash("samma-lösenord".toCharArray());

        String[] parts = first.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("1000", parts[1]);
        assertNotEquals(first, second, "each hash has its own salt");
    }

    @Test
    void aHashMadeAtAnotherCostStillVerifies() {
        String stored = new Pbkdf2Passwords(2_000).hash("äldre-lösenord".toCharArray());
        assertTrue(passwords.verify("äldre-lösenord".toCharArray(), stored));
    }

    @Test
    void productionCostFollowsOwaspForSha512() {
        String stored = new Pbkdf2Passwords().hash("kostnad-kontroll".toCharArray());
        assertEquals(String.valueOf(Pbkdf2Passwords.ITERATIONS), stored.split(":")[1]);
        assertTrue(Pbkdf2Passwords.ITERATIONS >= 210_000);
    }

    @Test
    void malformedOrTamperedHashesNeverMatch() {
        String stored = passwords.hash("lösenord-123456".toCharArray());
        String[] parts = stored.split(":");
        String tampered = parts[0] + ":" + parts[1] + ":" + parts[2] + ":" + "AAAA" + parts[3].substring(4);

        assertFalse(passwords.verify("lösenord-123456".toCharArray(), tampered));
        assertFalse(passwords.verify("x".toCharArray(), null));
        assertFalse(passwords.verify("x".toCharArray(), "plain-text"));
        assertFalse(passwords.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:def:ghi"));
        assertFalse(passwords.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:0:AAAA:AAAA"));
        assertFalse(passwords.verify("x".toCharArray(), "MD5:1:AAAA:AAAA"));
    }
}
