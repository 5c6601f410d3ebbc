package se.stjarnbild.dialogue.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The word parts compounds are split into, read from {@value #RESOURCE} next to this class.
 *
 * <p>One lower-case part a line; '#' starts a comment. A part written with a trailing '-' is a
 * joining form that only occurs inside compounds ("kvinn-" as in kvinn-o-förening). Joining forms
 * are kept from the stemmer, because they already are the stem of their word and the stemmer would
 * clip them further ("kvinn" to "kvin", "grann" to "gran", which is another word).
 *
 * @param parts        every part, joining forms included, without the '-'
 * @param joiningForms the joining forms only, without the '-'
 */
record CompoundDictionary(CharArraySet parts, CharArraySet joiningForms) {

    static final String RESOURCE = "compound-parts-sv.txt";

    private static final String JOINING_MARK = "-";

    /** The dictionary on the classpath, read once on first use. */
    static CompoundDictionary standard() {
        return Standard.DICTIONARY;
    }

    static CompoundDictionary read(BufferedReader reader) throws IOException {
        CharArraySet parts = new CharArraySet(600, false);
        CharArraySet joiningForms = new CharArraySet(50, false);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int comment = line.indexOf('#');
            String entry = (comment >= 0 ? line.substring(0, comment) : line).strip().toLowerCase(Locale.ROOT);
            boolean joining = entry.endsWith(JOINING_MARK);
            String part = joining ? entry.substring(0, entry.length() - JOINING_MARK.length()) : entry;
            if (!part.isEmpty()) {
                parts.add(part);
                if (joining) {
                    joiningForms.add(part);
                }
            }
        }
        return new CompoundDictionary(CharArraySet.unmodifiableSet(parts), CharArraySet.unmodifiableSet(joiningForms));
    }

    private static CompoundDictionary load() {
        try (InputStream in = CompoundDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holds the classpath dictionary, so it is read on first use and only once. */
    private static final class Standard {
        static final CompoundDictionary DICTIONARY = load();
    }
}
