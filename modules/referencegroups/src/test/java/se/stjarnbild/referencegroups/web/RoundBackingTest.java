package se.stjarnbild.referencegroups.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.stjarnbild.referencegroups.Reminded;

/** After reminding, staff read how many were sent and how many were left out and why. */
class RoundBackingTest {

    @Test
    void theNoticeNamesSkippedMembersOnlyWhenThereWereAny() throws Exception {
        assertEquals("round.reminded", RoundBacking.remindedKey(new Reminded(4, 0)));
        String key = RoundBacking.remindedKey(new Reminded(3, 2));
        assertEquals("round.reminded.skipped", key);
        String sv = new MessageFormat(BundlesTest.bundle("sv").getProperty(key), Locale.forLanguageTag("sv")).format(
                new Object[] {3, 2});
        assertEquals("3 påminnelser är skickade. 2 fick ingen, eftersom rundan har e-postat dem det senaste dygnet.", sv);
        String one = new MessageFormat(BundlesTest.bundle("sv").getProperty(key), Locale.forLanguageTag("sv")).format(
                new Object[] {1, 1});
        assertEquals("En påminnelse är skickad. En medlem fick ingen, eftersom rundan har e-postat den det senaste dygnet.", one);
        String en = new MessageFormat(BundlesTest.bundle("en").getProperty("round.reminded"), Locale.ENGLISH).format(
                new Object[] {1});
        assertEquals("One reminder sent.", en);
    }
}
