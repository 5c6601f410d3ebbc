package se.stjarnbild.webapp.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorPageLinksTest {

    @Test
    void theSamePageWithItsPersonalLinkIsOfferedAgain() {
        assertEquals("/public/feedback.xhtml?t=abc", ErrorPageLinks.againUrl("", "/public/feedback.xhtml", "t=abc"));
        assertEquals("/app/public/contribute.xhtml", ErrorPageLinks.againUrl("/app", "/app/public/contribute.xhtml", null));
    }

    @Test
    void anUnknownOrForeignAddressFallsBackToTheOverview() {
        assertEquals("/", ErrorPageLinks.againUrl("", null, null));
        assertEquals("/", ErrorPageLinks.againUrl("", "//evil.example/x", null));
        assertEquals("/app/", ErrorPageLinks.againUrl("/app", "/other/page.xhtml", "a=b"));
    }

    @Test
    void publicPagesAreTheCitizensOnes() {
        assertTrue(ErrorPageLinks.publicPath("", "/public/contribute.xhtml"));
        assertTrue(ErrorPageLinks.publicPath("", "/r/K7P2QX"));
        assertFalse(ErrorPageLinks.publicPath("", "/dialogue/interviews.xhtml"));
        assertFalse(ErrorPageLinks.publicPath("", null));
    }
}
