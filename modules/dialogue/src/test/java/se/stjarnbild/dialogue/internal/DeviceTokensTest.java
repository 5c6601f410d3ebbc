package se.stjarnbild.dialogue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceTokensTest {

    @Test
    void aTokenIsAcceptedOnlyByTheSessionThatSignedIt() {
        String secret = DeviceTokens.newSecret();
        String token = DeviceTokens.issue(secret);

        String device = DeviceTokens.verify(secret, token).orElseThrow();
        assertEquals(token.substring(0, token.indexOf('.')), device);
        assertTrue(DeviceTokens.verify(DeviceTokens.newSecret(), token).isEmpty(), "another meeting's session");
    }

    @Test
    void forgedOrMalformedTokensAreRefused() {
        String secret = DeviceTokens.newSecret();
        String token = DeviceTokens.issue(secret);
        String id = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        char last = signature.charAt(signature.length() - 1);
        String tampered = id + "." + signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertTrue(DeviceTokens.verify(secret, tampered).isEmpty(), "signature changed");
        assertTrue(DeviceTokens.verify(secret, "someone-else." + signature).isEmpty(), "id changed");
        assertTrue(DeviceTokens.verify(secret, id).isEmpty(), "no signature");
        assertTrue(DeviceTokens.verify(secret, "." + signature).isEmpty(), "no id");
        assertTrue(DeviceTokens.verify(secret, null).isEmpty());
        assertTrue(DeviceTokens.verify(secret, "x".repeat(500)).isEmpty());
    }

    @Test
    void everyTokenIsADifferentDevice() {
        String secret = DeviceTokens.newSecret();
        Set<String> devices = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            devices.add(DeviceTokens.verify(secret, DeviceTokens.issue(secret)).orElseThrow());
        }
        assertEquals(1_000, devices.size());
    }

    @Test
    void codesAreSixUnmistakableCharactersAndTypingIsForgiven() {
        for (int i = 0; i < 200; i++) {
            String code = DeviceTokens.newCode();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);
        }
        assertNotEquals(DeviceTokens.newCode(), DeviceTokens.newCode() + "x");
        assertEquals("K7P2QX", DeviceTokens.normalizeCode(" k7p 2qx "));
        assertEquals("", DeviceTokens.normalizeCode(null));
    }
}
