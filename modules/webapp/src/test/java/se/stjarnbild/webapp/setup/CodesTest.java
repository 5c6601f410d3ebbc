package se.stjarnbild.webapp.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void aNameBecomesLowerCaseLettersDigitsAndSingleDashes() {
        assertEquals("follinge-laxsjo", Codes.unique("Föllinge/Laxsjö", "kommundel", Set.of()));
        assertEquals("as-krokom-naskott", Codes.unique("Ås/Krokom/Näskott", "kommundel", Set.of()));
        assertEquals("trangsviken-alsen-kluk", Codes.unique("  Trångsviken / Alsen / Kluk  ", "kommundel", Set.of()));
        assertEquals("utlandsfodda", Codes.unique("Utlandsfödda", "malgrupp", Set.of()));
        assertEquals("ovre-soppero-2", Codes.unique("Övre Soppero 2", "kommundel", Set.of()));
    }

    @Test
    void aNameWithoutLettersOrDigitsGetsTheFallback() {
        assertEquals("kommundel", Codes.unique("–/–", "kommundel", Set.of()));
        assertEquals("kommundel-2", Codes.unique("???", "kommundel", Set.of("kommundel")));
    }

    @Test
    void aTakenCodeGetsTheFirstFreeNumber() {
        assertEquals("hotagen-2", Codes.unique("Hotagen", "kommundel", Set.of("hotagen")));
        assertEquals("hotagen-4", Codes.unique("HOTAGEN", "kommundel", Set.of("hotagen", "hotagen-2", "hotagen-3")));
    }

    @Test
    void aLongNameStaysWithinSixtyCharactersEvenWithItsNumber() {
        String longName = "Bygden ".repeat(20);
        String first = Codes.unique(longName, "kommundel", Set.of());
        assertTrue(first.length() <= Codes.MAX_LENGTH, first);
        assertTrue(first.matches("[a-z0-9]+(-[a-z0-9]+)*"), first);
        String second = Codes.unique(longName, "kommundel", Set.of(first));
        assertTrue(second.length() <= Codes.MAX_LENGTH && second.endsWith("-2") && !second.contains("--"), second);
    }
}
