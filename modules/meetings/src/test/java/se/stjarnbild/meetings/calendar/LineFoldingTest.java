package se.stjarnbild.meetings.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineFoldingTest {

    @Test
    void lineOfSeventyFiveOctetsStaysWhole() {
        String line = "X".repeat(75);

        assertEquals(line, LineFolding.fold(line));
    }

    @Test
    void seventySixthOctetStartsAContinuationLine() {
        assertEquals("X".repeat(75) + "\r\n Y", LineFolding.fold("X".repeat(75) + "Y"));
    }

    @Test
    void twoOctetLettersAreCountedAsTwoAndNeverSplit() {
        // "DESCRIPTION:" is 12 octets; 31 å make 74, a 32nd would make 76. The continuation's
        // space plus 37 å make exactly 75.
        String line = "DESCRIPTION:" + "å".repeat(80);

        String folded = LineFolding.fold(line);

        assertEquals("DESCRIPTION:" + "å".repeat(31) + "\r\n " + "å".repeat(37) + "\r\n " + "å".repeat(12), folded);
    }

    @Test
    void fourOctetCharactersStayWholeAcrossFolds() {
        // A surrogate pair in Java, four octets in UTF-8.
        String star = "\uD83C\uDF1F";
        String line = "SUMMARY:" + star.repeat(40);

        String folded = LineFolding.fold(line);

        for (String physical : folded.split("\r\n")) {
            byte[] octets = physical.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, physical);
            assertEquals(physical, new String(octets, StandardCharsets.UTF_8), "split character in " + physical);
        }
        assertEquals(line, folded.replace("\r\n ", ""));
    }
}
