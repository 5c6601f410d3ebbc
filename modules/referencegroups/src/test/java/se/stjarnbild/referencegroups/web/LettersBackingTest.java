package se.stjarnbild.referencegroups.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.stjarnbild.referencegroups.Letter;

/** A printed letter speaks the member's language, whoever prints it. */
class LettersBackingTest {

    private static Letter letter(String language) {
        return new Letter("Anna", "Byvägen 1", "Utlandsfödda", "Hösten", LocalDate.of(2026, 12, 15),
                "https://example.se/public/feedback.xhtml?t=abc", language);
    }

    @Test
    void anEnglishMembersLetterIsInEnglishAndASwedishMembersInSwedish() {
        LettersBacking letters = new LettersBacking();
        assertEquals("What do you think of the star image?", letters.word(letter("en"), "letters.heading"));
        assertTrue(letters.body(letter("en"), "Krokoms kommun").contains("15 December 2026"));
        assertEquals("Vad tycker du om stjärnbilden?", letters.word(letter(null), "letters.heading"));
        assertTrue(letters.body(letter("sv"), null).contains("15 december 2026"));
        assertEquals("sv", letter("de").language(), "an unknown language reads as Swedish");
    }
}
