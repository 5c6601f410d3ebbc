package se.stjarnbild.referencegroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackTokensTest {

    @Test
    void tokensAreUrlSafeWellFormedAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = FeedbackTokens.next();
            assertEquals(43, token.length(), token);
            assertTrue(FeedbackTokens.wellFormed(token), token);
            assertTrue(seen.add(token), "repeated " + token);
        }
    }

    @Test
    void anythingNotShapedLikeATokenIsRefusedBeforeAnyLookup() {
        assertFalse(FeedbackTokens.wellFormed(null));
        assertFalse(FeedbackTokens.wellFormed(""));
        assertFalse(FeedbackTokens.wellFormed("forged"));
        assertFalse(FeedbackTokens.wellFormed("' or 1=1 --" + "a".repeat(32)));
        assertFalse(FeedbackTokens.wellFormed(FeedbackTokens.next() + "x"));
        assertFalse(FeedbackTokens.wellFormed(FeedbackTokens.next().substring(1) + "%"));
    }
}
