package se.stjarnbild.reporting.document;

import java.util.ArrayList;
import java.util.List;
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
        // Text with only emphasis in it ("<strong>1 000</strong> fler") is still typed text: its blank
        // lines are paragraphs. Only block markup (pasted from a web page or a mail) is read as HTML.
        String html = hasBlockMarkup(input) ? blocksAsParagraphs(input) : fromPlainText(input);
        return looseTextInParagraphs(Jsoup.clean(html, "", ALLOWED, COMPACT)).strip();
    }

    /**
     * Only real markup counts as HTML: typed text such as "Frågor till <info@krokom.se>" or "a < b > c"
     * stays text (its address and its paragraphs kept).
     */
    static boolean looksLikeHtml(String input) {
        return se.stjarnbild.model.Markup.looksLikeMarkup(input);
    }

    private static final java.util.regex.Pattern BLOCK_TAG = java.util.regex.Pattern.compile(
            "<\\s*/?\\s*(p|div|br|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|blockquote|section|article|header|footer|pre)(?=[\\s/>])",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Safelist INLINE = new Safelist().addTags("strong", "em", "b", "i");

    static boolean hasBlockMarkup(String input) {
        return looksLikeHtml(input) && BLOCK_TAG.matcher(input).find();
    }

    /**
     * The stored section as the secretary typed it, for the text box: paragraphs separated by a blank
     * line, line breaks as new lines, list items as lines starting with "- ", emphasis kept as its
     * tags. {@code clean} of the result gives the same section back.
     */
    public static String asTypedText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        java.util.List<String> blocks = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof org.jsoup.nodes.Element e && e.is("ul, ol")) {
                blocks.add(String.join("\n", e.children().stream().map(li -> "- " + inlineText(li).strip()).toList()));
            } else if (node instanceof org.jsoup.nodes.Element e) {
                blocks.add(inlineText(e).strip());
            } else if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                blocks.add(t.text().strip());
            }
        }
        return String.join("\n\n", blocks.stream().filter(b -> !b.isEmpty()).toList());
    }

    private static String inlineText(org.jsoup.nodes.Element element) {
        StringBuilder out = new StringBuilder();
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof org.jsoup.nodes.Element e && e.is("br")) {
                out.append('\n');
            } else if (child instanceof org.jsoup.nodes.Element e && e.is("strong, em, b, i")) {
                out.append('<').append(e.tagName()).append('>').append(inlineText(e)).append("</").append(e.tagName()).append('>');
            } else if (child instanceof org.jsoup.nodes.Element e) {
                out.append(inlineText(e));
            }
        }
        return out.toString();
    }

    /** One typed line: its text escaped, emphasis tags kept, anything else (a script) removed. */
    private static String inline(String line) {
        return looksLikeHtml(line) ? Jsoup.clean(se.stjarnbild.model.Markup.bracketsAsText(line), "", INLINE, COMPACT)
                : escape(line);
    }

    private static final String BLOCKS = "div, h1, h2, h3, h4, h5, h6, blockquote, section, article, header, footer, "
            + "pre, table, thead, tbody, tr, td, th";

    /**
     * Pasted web or mail text puts paragraphs in divs, headings and table cells; the safelist would drop
     * those tags and glue "Ett" and "Två" together. Innermost blocks become paragraphs, blocks around
     * other blocks are unwrapped.
     */
    private static String blocksAsParagraphs(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings(COMPACT);
        java.util.List<org.jsoup.nodes.Element> blocks = new java.util.ArrayList<>(doc.body().select(BLOCKS));
        java.util.Collections.reverse(blocks); // innermost first
        for (org.jsoup.nodes.Element block : blocks) {
            if (block.select("p, ul, ol, " + BLOCKS).size() > 1) { // select() counts the block itself
                block.unwrap();
            } else {
                block.tagName("p");
            }
        }
        return doc.body().html();
    }

    /** Text left between paragraphs (after unwrapping, or typed around a list) gets a paragraph of its own. */
    private static String looseTextInParagraphs(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings(COMPACT);
        org.jsoup.nodes.Element body = doc.body();
        org.jsoup.nodes.Element open = null;
        for (org.jsoup.nodes.Node node : new java.util.ArrayList<>(body.childNodes())) {
            boolean block = node instanceof org.jsoup.nodes.Element e && e.is("p, ul, ol");
            if (block) {
                open = null;
            } else if (node instanceof org.jsoup.nodes.TextNode t && t.isBlank() && open == null) {
                node.remove();
            } else {
                if (open == null) {
                    open = new org.jsoup.nodes.Element("p");
                    node.before(open);
                }
                open.appendChild(node);
            }
        }
        return body.html();
    }

    private static String fromPlainText(String input) {
        StringBuilder html = new StringBuilder();
        // Browsers send a text box's line breaks as CR LF; one of them is a new line, not a new paragraph.
        String text = input.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (String block : text.split("\n\\s*\n")) {
            // Within a paragraph, lines starting with "- " are a list; the lines around them stay text.
            List<String> run = new ArrayList<>();
            boolean listRun = false;
            for (String line : block.strip().split("\n")) {
                boolean item = line.strip().startsWith("- ");
                if (!run.isEmpty() && item != listRun) {
                    append(html, run, listRun);
                    run.clear();
                }
                listRun = item;
                run.add(line.strip());
            }
            append(html, run, listRun);
        }
        return html.toString();
    }

    private static void append(StringBuilder html, List<String> lines, boolean list) {
        if (lines.isEmpty()) {
            return;
        }
        if (list) {
            html.append("<ul>");
            lines.forEach(line -> html.append("<li>").append(inline(line.substring(2).strip())).append("</li>"));
            html.append("</ul>");
        } else {
            html.append("<p>").append(String.join("<br/>", lines.stream().map(RichText::inline).toList())).append("</p>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The words alone, for comparing drafts and for counting. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
