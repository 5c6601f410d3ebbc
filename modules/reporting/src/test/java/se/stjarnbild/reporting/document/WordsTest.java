package se.stjarnbild.reporting.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void countsInTheDocumentAgreeWithTheirNouns() {
        assertTrue(Words.get("starimage.intro", 1).startsWith("Stjärnbilden består av en stjärna."));
        assertTrue(Words.get("starimage.intro", 7).startsWith("Stjärnbilden består av 7 stjärnor."));
        assertEquals("Under sommaren gjordes en intervju med besökare, boende och företagare.",
                Words.get("method.interviews", 1L));
        assertTrue(Words.get("method.interviews", 1203L).contains("gjordes " + Words.number(1203) + " intervjuer"),
                "digits grouped as elsewhere in the document");
    }
}
