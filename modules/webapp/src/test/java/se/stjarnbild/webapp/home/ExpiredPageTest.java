package se.stjarnbild.webapp.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpiredPageTest {

    @Test
    void theSamePageWithItsPersonalLinkIsOfferedAgain() {
        assertEquals("/public/feedback.xhtml?t=abc", ExpiredPage.againUrl("", "/public/feedback.xhtml", "t=abc"));
        assertEquals("/app/public/contribute.xhtml", ExpiredPage.againUrl("/app", "/app/public/contribute.xhtml", null));
    }

    @Test
    void anUnknownOrForeignAddressFallsBackToTheOverview() {
        assertEquals("/", ExpiredPage.againUrl("", null, null));
        assertEquals("/", ExpiredPage.againUrl("", "//evil.example/x", null));
        assertEquals("/app/", ExpiredPage.againUrl("/app", "/other/page.xhtml", "a=b"));
    }

    @Test
    void publicPagesAreTheCitizensOnes() {
        assertTrue(ExpiredPage.publicPath("", "/public/contribute.xhtml"));
        assertTrue(ExpiredPage.publicPath("", "/r/K7P2QX"));
        assertFalse(ExpiredPage.publicPath("", "/dialogue/interviews.xhtml"));
        assertFalse(ExpiredPage.publicPath("", null));
    }
}
