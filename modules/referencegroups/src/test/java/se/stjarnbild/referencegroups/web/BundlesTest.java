package se.stjarnbild.referencegroups.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The module's texts in Swedish and English. A text with placeholders goes through MessageFormat
 * (h:outputFormat, or {@link GroupsTexts} with arguments), where a lone ASCII apostrophe starts a
 * quote and the placeholders after it are never filled: such texts use ’ or ''.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("sv").stringPropertyNames()), new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void noTextWithPlaceholdersHasALoneApostrophe() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String language : List.of("sv", "en")) {
            Properties texts = bundle(language);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                if (PLACEHOLDER.matcher(text).find() && text.replace("''", "").contains("'")) {
                    broken.add(language + ": " + key + "=" + text);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPlaceholderIsFilled() throws IOException {
        for (String language : List.of("sv", "en")) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                // A count chosen between singular and plural needs a number; other places take any text.
                Object[] arguments = new Object[10];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = text.contains("{" + i + ",choice") || text.contains("{" + i + ",number") ? (Object) 2 : "A" + i;
                }
                if (PLACEHOLDER.matcher(text).find()) {
                    String formatted = new MessageFormat(text, Locale.forLanguageTag(language)).format(arguments);
                    assertFalse(PLACEHOLDER.matcher(formatted).find(), language + ": " + key + " gives " + formatted);
                }
            }
        }
    }

    static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader in = new InputStreamReader(BundlesTest.class.getResourceAsStream(
                "/se/stjarnbild/referencegroups/web/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
