package se.stjarnbild.webapp.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text exists in Swedish and English, and every key a page names exists. */
class MessageBundlesTest {

    private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "se/stjarnbild/webapp/messages, text, webapp/src/main/webapp",
        "se/stjarnbild/dialogue/web/messages, dialogueText, dialogue/src/main/resources/META-INF/resources",
        "se/stjarnbild/referencegroups/web/messages, groupsText, referencegroups/src/main/resources/META-INF/resources",
        "se/stjarnbild/meetings/web/messages, meetingsText, meetings/src/main/resources/META-INF/resources",
        "se/stjarnbild/reporting/web/messages, reportingText, reporting/src/main/resources/META-INF/resources"
    })
    void swedishAndEnglishHaveTheSameKeysAndPagesUseOnlyExistingOnes(String bundle, String var, String pages)
            throws IOException {
        Properties swedish = load(bundle + "_sv.properties");
        Properties english = load(bundle + "_en.properties");
        assertTrue(swedish.size() > 3, bundle + " has Swedish texts");
        assertEquals(new TreeSet<>(swedish.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()),
                bundle + ": Swedish and English keys differ");

        Set<String> missing = new TreeSet<>();
        for (String key : keysUsedInPages(MODULES.resolve(pages), var)) {
            if (!swedish.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys used in " + pages + " but missing in " + bundle);
    }

    /**
     * Texts with placeholders go through MessageFormat, where a lone ASCII apostrophe ("Krokom's")
     * quotes the rest of the text: the placeholders after it would show as "{2}".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "se/stjarnbild/webapp/messages", "se/stjarnbild/dialogue/web/messages",
        "se/stjarnbild/referencegroups/web/messages", "se/stjarnbild/meetings/web/messages",
        "se/stjarnbild/reporting/web/messages"
    })
    void textsWithPlaceholdersHaveNoLoneApostrophe(String bundle) {
        Pattern placeholder = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String language : List.of("sv", "en")) {
            Properties texts = load(bundle + "_" + language + ".properties");
            Set<String> broken = new TreeSet<>();
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (placeholder.matcher(text).find() && loneApostrophe.matcher(text).find()) {
                    broken.add(key);
                }
            }
            assertEquals(Set.of(), broken, bundle + "_" + language + ": write ’ or '' instead of a lone '");
        }
    }

    /** A count chosen between singular and plural must read for none, one and several, in every bundle. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "se/stjarnbild/webapp/messages", "se/stjarnbild/dialogue/web/messages",
        "se/stjarnbild/referencegroups/web/messages", "se/stjarnbild/meetings/web/messages",
        "se/stjarnbild/reporting/web/messages"
    })
    void countsChosenBetweenSingularAndPluralFormatForZeroOneAndMany(String bundle) {
        for (String language : List.of("sv", "en")) {
            Properties texts = load(bundle + "_" + language + ".properties");
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!text.contains(",choice,")) {
                    continue;
                }
                for (long n : new long[] {0, 1, 2, 1203}) {
                    Object[] arguments = new Object[10];
                    for (int i = 0; i < arguments.length; i++) {
                        arguments[i] = text.contains("{" + i + ",choice") || text.contains("{" + i + ",number") ? (Object) n : "A" + i;
                    }
                    String formatted = new java.text.MessageFormat(text, java.util.Locale.forLanguageTag(language)).format(arguments);
                    assertTrue(!formatted.contains("{") && !formatted.isBlank(), bundle + "_" + language + ": " + key + " gives " + formatted);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void deletingAnInterviewReadsRightForNoneOneAndSeveralQuotes() {
        Properties sv = load("se/stjarnbild/dialogue/web/messages_sv.properties");
        java.util.function.BiFunction<String, Object[], String> format = (key, args) ->
                new java.text.MessageFormat(sv.getProperty(key), java.util.Locale.forLanguageTag("sv")).format(args);
        assertEquals("Intervjun från 15 juli 2026 tas bort. Det går inte att ångra.",
                format.apply("interviews.confirmDelete", new Object[] {"15 juli 2026", 0L}));
        assertEquals("Intervjun från 15 juli 2026 tas bort, och med den ett citat. Det går inte att ångra.",
                format.apply("interviews.confirmDelete", new Object[] {"15 juli 2026", 1L}));
        assertEquals("Citatet är belägg för stjärnan Fiske, som förlorar det.",
                format.apply("interviews.confirmDelete.stars", new Object[] {1, "Fiske", 1L}));
        assertEquals("Citaten är belägg för stjärnorna Fiske och Ost, som förlorar dem.",
                format.apply("interviews.confirmDelete.stars", new Object[] {2, "Fiske och Ost", 3L}));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is on the class path");
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Literal keys such as #{text['login.title']}; computed keys are checked by the pages' tests. */
    private static List<String> keysUsedInPages(Path root, String var) throws IOException {
        Pattern literal = Pattern.compile(Pattern.quote(var) + "\\['([^'\\]]+)'\\]");
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }
}
