package se.stjarnbild.webapp.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UsesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void countsReadAsOnePhraseInSwedishAndEnglish() {
        Uses uses = new Uses(List.of(new Uses.Use("interviews", 1203), new Uses.Use("quotes", 0),
                new Uses.Use("places", 1), new Uses.Use("referenceGroups", 2)));
        // Swedish groups thousands with a no-break space.
        assertEquals("1 203 intervjuer, 1 plats och 2 referensgrupper", uses.describe(SWEDISH).replaceAll("\\h", " "));
        assertEquals("1,203 interviews, 1 place and 2 reference groups", uses.describe(Locale.ENGLISH));
    }

    @Test
    void nothingInUseIsNone() {
        Uses none = new Uses(List.of(new Uses.Use("interviews", 0)));
        assertTrue(none.isNone());
        assertEquals("", none.describe(SWEDISH));
        assertEquals("1 stjärna", new Uses(List.of(new Uses.Use("stars", 1))).describe(SWEDISH));
    }
}
