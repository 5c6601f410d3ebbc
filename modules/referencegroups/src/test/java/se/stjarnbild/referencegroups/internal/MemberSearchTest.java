package se.stjarnbild.referencegroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Searching members by name or e-mail: what is typed is matched literally, wildcards included. */
class MemberSearchTest {

    @Test
    void underscorePercentAndBackslashAreEscapedNotRemoved() {
        assertEquals("%anna\\_berg@krokom.se%", JpaMembers.containing(" Anna_Berg@Krokom.se "));
        assertEquals("%100\\%\\\\%", JpaMembers.containing("100%\\"));
    }

    @Test
    void theEscapedPatternFindsTheAddressWithAnUnderscoreAndNothingElse() {
        String pattern = JpaMembers.containing("anna_berg@krokom.se");
        assertTrue(like("anna_berg@krokom.se", pattern));
        assertTrue(like("mailto anna_berg@krokom.se", pattern));
        assertFalse(like("annaxberg@krokom.se", pattern), "_ is not a wildcard any more");
        assertFalse(like("annaberg@krokom.se", pattern), "and it is not dropped either");
        assertTrue(like("rabatt 100% nu", JpaMembers.containing("100%")));
        assertFalse(like("1000 kronor", JpaMembers.containing("100%")));
    }

    /** SQL LIKE with escape character '\', as the database reads the pattern. */
    private static boolean like(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }
}
