package se.stjarnbild.model;

import java.util.regex.Pattern;

/**
 * What counts as markup in what people type, for every module's cleaning (each cleans with jsoup
 * itself; the model stays on plain Java). Angle brackets around other words are what people
 * write, not markup: "Mejla <info@krokom.se>", "Fika <15 min>".
 */
public final class Markup {

    private Markup() {
    }

    /**
     * An opening or closing tag (a letter, then letters, digits, ":" or "-", then a space, "/" or ">":
     * also Word's "<st1:place>" and custom elements), a comment, a doctype or a processing instruction.
     * "<info@krokom.se>" and "<15 min>" are not tag-shaped.
     */
    private static final Pattern MARKUP = Pattern.compile("<(?:/?\\s*[A-Za-z][A-Za-z0-9:-]*(?=[\\s/>])|!|\\?)");

    /**
     * True when the text holds real markup. Angle brackets around other words ("Mejla <info@krokom.se>",
     * "Fika <15 min>") are what people write, not markup, and are kept as written.
     */
    public static boolean looksLikeMarkup(String raw) {
        return raw != null && MARKUP.matcher(raw).find();
    }

    /**
     * Every "<" that does not open markup becomes text for jsoup, so the words after it are not taken
     * for a tag. Character references ("&amp;") are read as their characters, as before.
     */
    public static String bracketsAsText(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '<' && !MARKUP.matcher(raw).region(i, raw.length()).lookingAt()) {
                out.append("&lt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
