package se.stjarnbild.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void tagsCommentsAndDoctypesAreMarkup() {
        assertTrue(Markup.looksLikeMarkup("<P CLASS=x>Hej</P>"));
        assertTrue(Markup.looksLikeMarkup("a<br/>b"));
        assertTrue(Markup.looksLikeMarkup("slut</b>"));
        assertTrue(Markup.looksLikeMarkup("<!-- x -->"));
        assertTrue(Markup.looksLikeMarkup("<img src=x onerror=alert(1)>"));
    }

    @Test
    void wordsInAngleBracketsAreNot() {
        assertFalse(Markup.looksLikeMarkup("Mejla <info@krokom.se>"));
        assertFalse(Markup.looksLikeMarkup("Fika <15 min>"));
        assertFalse(Markup.looksLikeMarkup("1 < 2 > 0"));
        assertTrue(Markup.looksLikeMarkup("<st1:place>Krokom</st1:place>"), "Word's own tags are markup too");
        assertTrue(Markup.looksLikeMarkup("<nobr>x</nobr>"));
        assertFalse(Markup.looksLikeMarkup(null));
    }

    @Test
    void onlyBracketsThatOpenNoMarkupAreMadeText() {
        assertEquals("<b>ost</b> &lt;info@krokom.se>", Markup.bracketsAsText("<b>ost</b> <info@krokom.se>"));
    }
}
