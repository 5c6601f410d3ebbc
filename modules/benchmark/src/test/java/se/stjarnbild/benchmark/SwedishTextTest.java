package se.stjarnbild.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SwedishTextTest {

    private static List<String> sentences(long seed, int count) {
        SwedishText text = new SwedishText(new SplittableRandom(seed));
        return IntStream.range(0, count).mapToObj(i -> text.sentence(text.topic(), "Föllinge", "Skärvångens bymejeri")).toList();
    }

    @Test
    void theSameSeedGivesTheSameSentencesAndAnotherSeedOthers() {
        assertEquals(sentences(42, 50), sentences(42, 50));
        assertNotEquals(sentences(42, 50), sentences(43, 50));
    }

    @Test
    void sentencesAreVariedSwedishWithCompoundsAndTheirOwnLetters() {
        List<String> many = sentences(7, 2_000);
        Set<String> distinct = new HashSet<>(many);
        assertTrue(distinct.size() > 1_000, "varied: " + distinct.size() + " distinct of 2000");
        assertTrue(many.stream().anyMatch(s -> s.matches(".*[åäöÅÄÖ].*")));
        assertTrue(many.stream().anyMatch(s -> s.contains("fiskevatten") || s.contains("hembygdsgård")));
        many.forEach(s -> {
            assertTrue(Character.isUpperCase(s.charAt(0)), s);
            assertTrue(s.endsWith("."), s);
        });
    }

    @Test
    void articlesAndAdjectivesAgreeWithTheirNouns() {
        for (String sentence : sentences(11, 3_000)) {
            assertFalse(sentence.matches(".*\\ben (vackert|genuint|unikt|gott|lugnt|fantastiskt) .*"), sentence);
            assertFalse(sentence.matches(".*\\bett (vacker|genuin|unik|god|lugn|fantastisk) .*"), sentence);
            assertFalse(sentence.contains("ett ost") || sentence.contains("en fjäll ") || sentence.contains("en bymejeri"), sentence);
        }
    }

    @Test
    void notesRunToSeveralSentences() {
        String notes = new SwedishText(new SplittableRandom(3)).notes("Hotagen", null);
        assertTrue(notes.split("\\. ").length >= 2, notes);
    }
}
