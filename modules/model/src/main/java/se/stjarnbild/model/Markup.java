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

    /** An HTML element's tag (opening or closing), a comment, a doctype or a processing instruction. */
    private static final Pattern MARKUP = Pattern.compile("<(?:/?\\s*(?:" + String.join("|",
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blockquote",
            "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist",
            "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
            "font", "footer", "form", "frame", "frameset", "h[1-6]", "head", "header", "hr", "html", "i", "iframe", "img",
            "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee", "math", "menu",
            "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "o:p", "p", "param",
            "picture", "pre", "progress", "q", "s", "samp", "script", "section", "select", "small", "source", "span",
            "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
            "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xml")
            + ")(?=[\\s/>])|!|\\?)", Pattern.CASE_INSENSITIVE);

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
