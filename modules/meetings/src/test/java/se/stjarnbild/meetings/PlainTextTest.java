package se.stjarnbild.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void markupGoesAndTheWordsStay() {
        assertEquals("Älven är vår stolthet", PlainText.clean("Älven  är <b>vår</b> stolthet"));
        assertEquals("Hej", PlainText.clean("<script>alert(1)</script>Hej<img src=x onerror=alert(1)>"));
        assertEquals("A & B", PlainText.clean("<b>A &amp; B</b>"), "pasted markup: its entities are characters");
        assertTrue(PlainText.hasMarkup("Anna <b>Test</b>"), "a name with markup is refused, not silently changed");
    }

    @Test
    void wordsInAngleBracketsAreWhatPeopleWroteAndStay() {
        assertEquals("Mejla <info@krokom.se> om fisket", PlainText.clean("Mejla <info@krokom.se> om fisket"));
        assertEquals("Fika <15 min> och 3 < 5", PlainText.clean("Fika <15 min> och 3 < 5"));
        assertEquals("Hej Krokom", PlainText.clean("<p>Hej <st1:place>Krokom</st1:place></p><x onclick=alert(1)>"),
                "any tag-shaped markup goes, listed or not");
        assertFalse(PlainText.hasMarkup("Anna <anna@example.se>"));
        assertEquals("Protokoll:\nMejla <info@krokom.se>", PlainText.cleanKeepingLines("Protokoll:\n<p>Mejla <info@krokom.se></p>"));
        assertEquals("Räksmörgås & kaffe", PlainText.clean("Räksmörgås &amp; kaffe"), "character references are characters");
    }
}
