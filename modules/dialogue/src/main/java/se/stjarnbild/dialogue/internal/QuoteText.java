package se.stjarnbild.dialogue.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import se.stjarnbild.model.Markup;

/**
 * People's words as plain text. Whatever markup arrives (pasted from a web page, or hostile:
 * script elements, event attributes) is removed on the way in with jsoup's strictest safelist;
 * the words stay, including characters such as &lt; and &amp; and words in angle brackets
 * ("<info@krokom.se>", see {@link Markup}). Pages show the text escaped.
 */
public final class QuoteText {

    public static final int MAX_LENGTH = 4_000;

    private static final Document.OutputSettings PLAIN = new Document.OutputSettings().prettyPrint(false);

    private QuoteText() {
    }

    /** The text without markup and with runs of whitespace made single spaces; "" when nothing is left. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String withoutMarkup = Parser.unescapeEntities(Jsoup.clean(Markup.bracketsAsText(raw), "", Safelist.none(), PLAIN), false);
        return withoutMarkup.replaceAll("[\\s\\u00a0]+", " ").trim();
    }
}
