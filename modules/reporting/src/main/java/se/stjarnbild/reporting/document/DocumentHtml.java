package se.stjarnbild.reporting.document;

import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The decision document as one HTML page: the live preview shows it, the PDF is rendered from it
 * and the HTML download is it. Built element by element with jsoup, so every text from the data
 * is escaped; the secretary's sections are already-sanitised HTML (see {@link RichText}).
 */
public final class DocumentHtml {

    private DocumentHtml() {
    }

    public static Document build(DocumentContent c) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false).charset("UTF-8");
        doc.child(0).attr("lang", "sv").attr("xml:lang", "sv");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.title(c.title());
        doc.head().appendElement("meta").attr("name", "subject").attr("content", Words.get("kind") + " " + c.registryNumber());
        doc.head().appendElement("meta").attr("name", "author").attr("content", c.municipality());
        doc.head().appendElement("style").appendText(DocumentStyle.CSS);
        Element body = doc.body();

        Element header = body.appendElement("header");
        header.appendElement("p").addClass("org").text(c.municipality() + " · " + c.unit());
        Element facts = header.appendElement("table").addClass("facts");
        fact(facts, Words.get("kind"), Words.get("to"));
        fact(facts, Words.get("date"), Words.date(c.date()));
        fact(facts, Words.get("dnr"), c.registryNumber());
        fact(facts, Words.get("officer"), c.caseOfficer() == null ? "" : c.caseOfficer());
        body.appendElement("h1").text(c.title());

        body.appendElement("h2").text(Words.get("proposal"));
        Element points = body.appendElement("ol").addClass("decision");
        c.decisionPoints().forEach(p -> points.appendElement("li").text(p));

        section(body, Words.get("summary"), c.summary());
        section(body, Words.get("background"), c.background());
        method(body, c);
        starImage(body, c);
        for (StarSection star : c.stars()) {
            star(body, star);
        }
        ratings(body, c.stars());

        body.appendElement("h2").text(Words.get("consequences"));
        subsection(body, Words.get("consequences.economy"), c.consequencesEconomy());
        subsection(body, Words.get("consequences.children"), c.consequencesChildren());
        subsection(body, Words.get("consequences.equality"), c.consequencesEquality());

        body.appendElement("h2").text(Words.get("basis"));
        Element basis = body.appendElement("ul");
        basis.appendElement("li").text(Words.get("basis.this", Words.date(c.date())));
        c.basis().forEach(b -> basis.appendElement("li").text(b));
        body.appendElement("h2").text(Words.get("recipients"));
        Element recipients = body.appendElement("ul");
        c.recipients().forEach(r -> recipients.appendElement("li").text(r));

        appendix(body, c);
        return doc;
    }

    public static String render(DocumentContent content) {
        return "<!DOCTYPE html>\n" + build(content).outerHtml();
    }

    private static void fact(Element table, String label, String value) {
        Element row = table.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(label);
        row.appendElement("td").text(value == null ? "" : value);
    }

    private static void section(Element body, String heading, String html) {
        body.appendElement("h2").text(heading);
        freeText(body, html);
    }

    private static void subsection(Element body, String heading, String html) {
        body.appendElement("h3").text(heading);
        freeText(body, html == null || html.isBlank() ? "<p>" + Words.get("consequences.none") + "</p>" : html);
    }

    private static void freeText(Element body, String html) {
        Element div = body.appendElement("div").addClass("free-text");
        if (html != null && !html.isBlank()) {
            div.append(html);
        }
    }

    private static void method(Element body, DocumentContent c) {
        Method m = c.method();
        body.appendElement("h2").text(Words.get("method"));
        body.appendElement("p").text(Words.get("method.interviews", m.interviews()));
        counts(body, Words.get("method.byMonth"), Words.get("month"), m.byMonth());
        picture(body, Pictures.barChart(m.byDistrict()), Words.get("chart.districts.alt", spoken(m.byDistrict())),
                "chart");
        counts(body, Words.get("method.byDistrict"), Words.get("district"), m.byDistrict());
        counts(body, Words.get("method.byCategory"), Words.get("category"), m.byCategory());

        body.appendElement("h3").text(Words.get("method.groups"));
        body.appendElement("p").text(groupsText(m.groups()));
        Element groups = table(body, Words.get("method.groups"), Words.get("group"), Words.get("method.members"),
                Words.get("method.sessions"));
        m.groups().forEach(g -> row(groups, g.name(), Words.number(g.members()), Words.number(g.sessions())));

        body.appendElement("h3").text(Words.get("method.meetings"));
        if (m.meetings().isEmpty()) {
            body.appendElement("p").text(Words.get("method.none"));
        } else {
            body.appendElement("p").text(Words.get("method.meetings.text"));
            Element meetings = table(body, Words.get("method.meetings"), Words.get("meeting"), Words.get("date"),
                    Words.get("method.registered"), Words.get("method.attended"), Words.get("method.reactions"),
                    Words.get("method.phones"), Words.get("method.meetingQuotes"));
            m.meetings().forEach(x -> row(meetings, x.title(), x.when(), Words.number(x.registered()),
                    x.attended() == null ? Words.get("method.notRecorded") : Words.number(x.attended()),
                    Words.number(x.reactions()), Words.number(x.phones()), Words.number(x.quotes())));
        }
        body.appendElement("h3").text(Words.get("method.online"));
        body.appendElement("p").text(Words.get("method.online.text", Words.number(m.online().received()),
                Words.number(m.online().approved())));

        body.appendElement("h3").text(Words.get("method.rounds"));
        if (m.rounds().isEmpty()) {
            body.appendElement("p").text(Words.get("method.none"));
        } else {
            Element rounds = table(body, Words.get("method.rounds"), Words.get("round"), Words.get("method.invited"),
                    Words.get("method.answered"), Words.get("method.share"));
            m.rounds().forEach(r -> row(rounds, r.title(), Words.number(r.invited()), Words.number(r.answered()),
                    Words.percent(r.percent())));
        }

        body.appendElement("h3").text(Words.get("method.missing"));
        if (m.gaps().isEmpty()) {
            body.appendElement("p").text(Words.get("method.noGaps"));
        } else {
            Element gaps = body.appendElement("ul").addClass("gaps");
            m.gaps().forEach(g -> gaps.appendElement("li").text(g));
        }
    }

    private static void starImage(Element body, DocumentContent c) {
        body.appendElement("h2").text(Words.get("starimage"));
        body.appendElement("p").text(Words.get("starimage.intro", c.stars().size()));
        picture(body, Pictures.starImage(c.districts(), c.stars()), Words.get("starimage.alt", spokenStars(c.stars())),
                "star-image");
        Element table = table(body, Words.get("stars.table"), "#", Words.get("star"), Words.get("star.scope"),
                Words.get("quotes"));
        for (int i = 0; i < c.stars().size(); i++) {
            StarSection s = c.stars().get(i);
            row(table, Integer.toString(i + 1), s.title(), s.scope(), Words.number(s.evidence()));
        }
    }

    private static void star(Element body, StarSection s) {
        body.appendElement("h3").text(s.title());
        if (s.description() != null && !s.description().isBlank()) {
            body.appendElement("p").text(s.description());
        }
        body.appendElement("p").text(Words.get("star.scope") + ": " + s.scope() + ". " + Words.get("star.evidence",
                Words.number(s.evidence())));
        counts(body, Words.get("star.byDistrict", s.title()), Words.get("district"), s.byDistrict());
        counts(body, Words.get("star.byCategory", s.title()), Words.get("category"), s.byCategory());
        counts(body, Words.get("star.bySource", s.title()), Words.get("source"), s.bySource());
        if (!s.examples().isEmpty()) {
            body.appendElement("h4").text(Words.get("star.examples"));
            examples(body, s.examples());
        }
        Ratings r = s.ratings();
        body.appendElement("p").text(r == null || r.answers() == 0 ? Words.get("star.noRatings")
                : Words.get("star.ratings", Words.decimal(r.truthMedian()), Words.decimal(r.uniquenessMedian()),
                        Words.number(r.answers())));
    }

    /** The reference groups' medians for every star: a chart, and the same numbers in a table. */
    private static void ratings(Element body, List<StarSection> stars) {
        body.appendElement("h3").text(Words.get("chart.ratings.caption"));
        picture(body, Pictures.ratingChart(stars), Words.get("chart.ratings.alt", spokenRatings(stars)), "chart");
        Element table = table(body, Words.get("chart.ratings.caption"), Words.get("star"), Words.get("chart.ratings.truth"),
                Words.get("chart.ratings.uniqueness"), Words.get("method.answered"));
        for (StarSection s : stars) {
            Ratings r = s.ratings();
            boolean none = r == null || r.answers() == 0;
            row(table, s.title(), none ? "–" : Words.decimal(r.truthMedian()), none ? "–" : Words.decimal(r.uniquenessMedian()),
                    none ? "0" : Words.number(r.answers()));
        }
    }

    private static void appendix(Element body, DocumentContent c) {
        Element appendix = body.appendElement("section").addClass("appendix");
        appendix.appendElement("h2").text(Words.get("appendix"));
        for (StarSection s : c.stars()) {
            appendix.appendElement("h3").text(s.title());
            examples(appendix, s.appendix());
            if (s.appendixMore() > 0) {
                appendix.appendElement("p").text(Words.get("appendix.more", Words.number(s.appendixMore())));
            }
        }
    }

    private static void examples(Element parent, List<Example> examples) {
        Element list = parent.appendElement("ul").addClass("quotes");
        for (Example e : examples) {
            Element item = list.appendElement("li");
            item.appendElement("q").text(e.text());
            item.appendText(" — " + e.origin());
        }
    }

    private static void counts(Element body, String caption, String column, List<Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        Element table = table(body, caption, column, Words.get("count"));
        counts.forEach(c -> row(table, c.label(), Words.number(c.value())));
    }

    private static Element table(Element body, String caption, String... columns) {
        Element table = body.appendElement("table").addClass("numbers");
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : columns) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        return table.appendElement("tbody");
    }

    /** "1 203", "3,5", "43 %", "–": a figure, right-aligned; anything else is words. */
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("[–-]|[0-9][0-9\\s\u00a0\u202f]*(,[0-9]+)?([\\s\u00a0]?%)?");

    private static void row(Element tbody, String first, String... rest) {
        Element tr = tbody.appendElement("tr");
        tr.appendElement("th").attr("scope", "row").text(first);
        for (String value : rest) {
            Element cell = tr.appendElement("td").text(value);
            if (NUMERIC.matcher(value).matches()) {
                cell.addClass("n");
            }
        }
    }

    private static void picture(Element body, byte[] png, String alt, String cssClass) {
        body.appendElement("img").addClass(cssClass).attr("alt", alt)
                .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
    }

    /** The star image in words, for its alternative text: "1. Fisket (Hotagen, 12 citat); 2. …". */
    static String spokenStars(List<StarSection> stars) {
        return java.util.stream.IntStream.range(0, stars.size()).mapToObj(i -> {
            StarSection s = stars.get(i);
            return (i + 1) + ". " + s.title() + " (" + s.scope() + ", " + s.evidence() + " "
                    + Words.get("quotes").toLowerCase(Words.SWEDISH) + ")";
        }).collect(Collectors.joining("; "));
    }

    /** The ratings chart in words, for its alternative text. */
    static String spokenRatings(List<StarSection> stars) {
        return stars.stream().map(s -> s.title() + ": " + (s.ratings() == null || s.ratings().answers() == 0
                ? Words.get("star.noRatings") : Words.get("chart.ratings.spoken", Words.decimal(s.ratings().truthMedian()),
                        Words.decimal(s.ratings().uniquenessMedian())))).collect(Collectors.joining("; "));
    }

    /** "Nio referensgrupper prövade …: fyra för målgrupper och fem för kommundelar", from the groups there are. */
    static String groupsText(List<Method.GroupLine> groups) {
        if (groups.isEmpty()) {
            return Words.get("method.none");
        }
        long forTargetGroups = groups.stream().filter(Method.GroupLine::forTargetGroup).count();
        String total = Words.spelled(groups.size());
        return Words.get(groups.size() == 1 ? "method.groups.one" : "method.groups.text",
                total.substring(0, 1).toUpperCase(Words.SWEDISH) + total.substring(1),
                Words.spelled(forTargetGroups), Words.spelled(groups.size() - forTargetGroups));
    }

    static String spoken(List<Count> counts) {
        return counts.stream().map(c -> c.label() + " " + Words.number(c.value())).collect(Collectors.joining(", "));
    }
}
