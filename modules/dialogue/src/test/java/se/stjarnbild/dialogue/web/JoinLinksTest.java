package se.stjarnbild.dialogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JoinLinksTest {

    @Test
    void theConfiguredAddressWinsUnlessItIsLoopbackWhileTheProjectorCameByARealAddress() {
        assertEquals("https://delta.krokom.se", JoinLinks.choose("https://delta.krokom.se", "http://10.0.0.5:8080"));
        assertEquals("http://10.0.0.5:8080", JoinLinks.choose("http://localhost:8080", "http://10.0.0.5:8080"));
        assertEquals("http://localhost:8080", JoinLinks.choose("http://localhost:8080", "http://127.0.0.1:8080"));
        assertEquals("http://192.168.1.20:8080", JoinLinks.choose("", "http://192.168.1.20:8080"));
    }
}
