package se.stjarnbild.webapp.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocaleBackingTest {

    @Test
    void theSwitchKeepsThePagesParametersButNotALanguageAskedForInTheLink() {
        assertEquals("", LocaleBacking.withoutLanguage("lang=en"));
        assertEquals("id=5&t=abc", LocaleBacking.withoutLanguage("id=5&lang=en&t=abc"));
        assertEquals("meeting=68", LocaleBacking.withoutLanguage("meeting=68"));
        assertEquals("language=x", LocaleBacking.withoutLanguage("language=x"));
        assertEquals("", LocaleBacking.withoutLanguage(null));
    }
}
