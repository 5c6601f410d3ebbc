package se.stjarnbild.dialogue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JpqlTest {

    @Test
    void wordsBecomeACaseFreeContainsPatternWithoutThePersonsOwnWildcards() {
        assertEquals("%fiskevänner%", Jpql.containing("  FiskeVÄNNER "));
        assertEquals("%100 ost%", Jpql.containing("100% ost"));
        assertEquals("%abc%", Jpql.containing("a_b\\c"));
    }
}
