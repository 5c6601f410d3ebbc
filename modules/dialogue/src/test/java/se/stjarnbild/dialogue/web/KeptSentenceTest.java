package se.stjarnbild.dialogue.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.stjarnbild.dialogue.ReactionOutcome;

class KeptSentenceTest {

    @Test
    void aSentenceIsKeptWhenTheAnswerCanBeFixedOnTheSameStar() {
        assertTrue(KeptSentence.worthKeeping(ReactionOutcome.BAD_SCORE, "Osten är bäst"));
        assertTrue(KeptSentence.worthKeeping(ReactionOutcome.SENTENCE_TOO_LONG, "x".repeat(500)));
    }

    @Test
    void nothingIsKeptWhenItWentInOrTheMomentHasPassed() {
        assertFalse(KeptSentence.worthKeeping(ReactionOutcome.COUNTED, "Osten är bäst"));
        assertFalse(KeptSentence.worthKeeping(ReactionOutcome.NOT_ON_SCREEN, "Osten är bäst"));
        assertFalse(KeptSentence.worthKeeping(ReactionOutcome.CLOSED, "Osten är bäst"));
        assertFalse(KeptSentence.worthKeeping(ReactionOutcome.BAD_SCORE, "  "));
        assertFalse(KeptSentence.worthKeeping(ReactionOutcome.BAD_SCORE, null));
    }

    @Test
    void aSessionHoldsAtMostAThousandCharacters() {
        org.junit.jupiter.api.Assertions.assertEquals(1_000, KeptSentence.kept("x".repeat(2_000_000)).length());
        org.junit.jupiter.api.Assertions.assertEquals("Osten", KeptSentence.kept("Osten"));
    }
}
