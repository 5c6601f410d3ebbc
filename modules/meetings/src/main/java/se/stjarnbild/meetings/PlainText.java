package se.stjarnbild.meetings;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import se.stjarnbild.model.Markup;

/**
 * What people type on any page of the meetings, as plain text: markup (pasted or hostile) is removed
 * with jsoup's strictest safelist, the words stay (also in angle brackets, see {@link Markup}), runs
 * of whitespace become one space. Pages show it escaped.
 */
public final class PlainText {

    private static final Document.OutputSettings PLAIN = new Document.OutputSettings().prettyPrint(false);

    private PlainText() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String withoutMarkup = Parser.unescapeEntities(Jsoup.clean(Markup.bracketsAsText(raw), "", Safelist.none(), PLAIN), false);
        return withoutMarkup.replaceAll("[\\s\\u00a0]+", " ").trim();
    }

    /** Like {@link #clean}, but keeps line breaks (minutes are written in paragraphs). */
    public static String cleanKeepingLines(String raw) {
        if (raw == null) {
            return "";
        }
        return String.join("\n", raw.strip().lines().map(PlainText::clean).toList()).strip();
    }

    /** True when cleaning would change more than whitespace: the text holds markup. */
    public static boolean hasMarkup(String raw) {
        return raw != null && !clean(raw).equals(raw.replaceAll("[\\s\\u00a0]+", " ").trim());
    }
}
