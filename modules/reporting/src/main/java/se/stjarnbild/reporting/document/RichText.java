package se.stjarnbild.reporting.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * What the secretary writes in a free-text section, made safe: typed text becomes paragraphs
 * (a blank line starts a new one, lines starting with "- " become a list); pasted HTML keeps
 * only paragraphs, line breaks, emphasis and lists. Scripts, styles, attributes and everything
 * else are removed on the way in, and the result is what the document shows.
 */
public final class RichText {

    /** The longest a section may be once cleaned: a page or two of text, not a pasted web page. */
    public static final int MAX_LENGTH = 20_000;

    private static final Safelist ALLOWED = new Safelist().addTags("p", "br", "strong", "em", "b", "i", "ul", "ol", "li");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false)
            .syntax(Document.OutputSettings.Syntax.xml).charset("UTF-8");

    private RichText() {
    }

    public static String clean(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String html = looksLikeHtml(input) ? input : fromPlainText(input);
        return Jsoup.clean(html, "", ALLOWED, COMPACT).strip();
    }

    private static boolean looksLikeHtml(String input) {
        return input.matches("(?s).*<\\s*/?\\s*[a-zA-Z][^>]*>.*");
    }

    private static String fromPlainText(String input) {
        StringBuilder html = new StringBuilder();
        for (String block : input.strip().split("\\R\\s*\\R")) {
            String[] lines = block.strip().split("\\R");
            boolean list = java.util.Arrays.stream(lines).allMatch(l -> l.strip().startsWith("- "));
            if (list) {
                html.append("<ul>");
                for (String line : lines) {
                    html.append("<li>").append(escape(line.strip().substring(2).strip())).append("</li>");
                }
                html.append("</ul>");
            } else {
                html.append("<p>").append(String.join("<br/>", java.util.Arrays.stream(lines).map(l -> escape(l.strip())).toList()))
                        .append("</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The words alone, for comparing drafts and for counting. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
