package se.stjarnbild.dialogue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteTextTest {

    @Test
    void theWordsStayAsWritten() {
        assertEquals("alla som gillar ost känner till Skärvångens bymejeri",
                QuoteText.clean("alla som gillar ost känner till Skärvångens bymejeri"));
        assertEquals("Räksmörgås & kaffe, 5 < 7 > 3 \"citat\" 'enkelt'",
                QuoteText.clean("Räksmörgås & kaffe, 5 < 7 > 3 \"citat\" 'enkelt'"));
    }

    @Test
    void scriptsEventAttributesAndMarkupAreRemoved() {
        assertEquals("Hej", QuoteText.clean("<script>alert('x')</script>Hej"));
        assertEquals("Fiske", QuoteText.clean("<img src=x onerror=alert(1)>Fiske"));
        assertEquals("Fäboden vid sjön", QuoteText.clean("<p onclick=\"steal()\">Fäboden</p> vid sjön"));
        assertEquals("Osten är så god", QuoteText.clean("Osten är <b>så</b> god"));
        assertEquals("länk", QuoteText.clean("<a href=\"javascript:alert(1)\">länk</a>"));
        assertEquals("", QuoteText.clean("<style>body{display:none}</style><iframe src=//x></iframe>"));
    }

    @Test
    void entitiesBecomeTheirCharactersAndWhitespaceIsTidied() {
        assertEquals("Räksmörgås & kaffe", QuoteText.clean("Räksmörgås &amp; kaffe"));
        assertEquals("&lt;script&gt; som text", QuoteText.clean("&amp;lt;script&amp;gt; som text"));
        assertEquals("två rader blir en", QuoteText.clean("  två\n rader\u00a0\tblir   en "));
        assertEquals("", QuoteText.clean(null));
        assertEquals("", QuoteText.clean("   "));
    }
}
