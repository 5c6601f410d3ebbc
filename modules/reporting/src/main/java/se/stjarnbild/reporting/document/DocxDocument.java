package se.stjarnbild.reporting.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The document as DOCX for editing in Word: the same content as the HTML and the PDF, with real
 * "Heading 1–3" styles (a blank POI document has none, so they are defined here), numbered decision
 * points, the figures as tables, the charts and the star image as pictures with their alternative
 * text, and the evidence appendix.
 */
public final class DocxDocument {

    /** About 16 cm: an A4 page's width inside Word's default margins. */
    private static final double TEXT_WIDTH_POINTS = 453;

    private DocxDocument() {
    }

    public static byte[] render(DocumentContent c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // What an archive or Word's file list shows: the matter and who wrote it, not the library.
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(c.title());
            core.setCreator(c.municipality() + (c.unit() == null || c.unit().isBlank() ? "" : ", " + c.unit()));
            core.setIdentifier(c.registryNumber());
            defineHeadings(doc);
            bold(doc, c.municipality() + " · " + c.unit());
            plain(doc, Words.get("kind") + " · " + Words.get("to"));
            plain(doc, Words.get("date") + ": " + Words.date(c.date()) + "   " + Words.get("dnr") + ": " + c.registryNumber());
            if (c.caseOfficer() != null) {
                plain(doc, Words.get("officer") + ": " + c.caseOfficer());
            }
            heading(doc, 1, c.title());
            heading(doc, 2, Words.get("proposal"));
            for (int i = 0; i < c.decisionPoints().size(); i++) {
                plain(doc, (i + 1) + ". " + c.decisionPoints().get(i));
            }
            heading(doc, 2, Words.get("summary"));
            freeText(doc, c.summary());
            heading(doc, 2, Words.get("background"));
            freeText(doc, c.background());

            method(doc, c.method());
            starImage(doc, c);
            c.stars().forEach(star -> star(doc, star));
            ratings(doc, c.stars());

            heading(doc, 2, Words.get("consequences"));
            heading(doc, 3, Words.get("consequences.economy"));
            freeText(doc, c.consequencesEconomy());
            heading(doc, 3, Words.get("consequences.children"));
            freeText(doc, c.consequencesChildren());
            heading(doc, 3, Words.get("consequences.equality"));
            freeText(doc, c.consequencesEquality());
            heading(doc, 2, Words.get("basis"));
            plain(doc, "• " + Words.get("basis.this", Words.date(c.date())));
            c.basis().forEach(b -> plain(doc, "• " + b));
            heading(doc, 2, Words.get("recipients"));
            c.recipients().forEach(r -> plain(doc, "• " + r));
            appendix(doc, c);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void method(XWPFDocument doc, Method m) {
        heading(doc, 2, Words.get("method"));
        plain(doc, Words.get("method.interviews", m.interviews()));
        counts(doc, Words.get("method.byMonth"), Words.get("month"), m.byMonth());
        if (!m.byDistrict().isEmpty()) {
            picture(doc, Pictures.barChart(m.byDistrict()), Words.get("chart.districts.alt", DocumentHtml.spoken(m.byDistrict())));
        }
        counts(doc, Words.get("method.byDistrict"), Words.get("district"), m.byDistrict());
        counts(doc, Words.get("method.byCategory"), Words.get("category"), m.byCategory());
        heading(doc, 3, Words.get("method.groups"));
        plain(doc, DocumentHtml.groupsText(m.groups()));
        table(doc, List.of(Words.get("group"), Words.get("method.members"), Words.get("method.sessions")),
                m.groups().stream().map(g -> List.of(g.name(), Words.number(g.members()), Words.number(g.sessions()))).toList());
        heading(doc, 3, Words.get("method.meetings"));
        if (!m.meetings().isEmpty()) {
            plain(doc, Words.get("method.meetings.text"));
        }
        table(doc, List.of(Words.get("meeting"), Words.get("date"), Words.get("method.registered"), Words.get("method.attended"),
                Words.get("method.reactions"), Words.get("method.phones"), Words.get("method.meetingQuotes")),
                m.meetings().stream().map(x -> List.of(x.title(), x.when(), Words.number(x.registered()),
                        x.attended() == null ? Words.get("method.notRecorded") : Words.number(x.attended()),
                        Words.number(x.reactions()), Words.number(x.phones()), Words.number(x.quotes()))).toList());
        heading(doc, 3, Words.get("method.online"));
        plain(doc, Words.get("method.online.text", Words.number(m.online().received()), Words.number(m.online().approved())));
        heading(doc, 3, Words.get("method.rounds"));
        table(doc, List.of(Words.get("round"), Words.get("method.invited"), Words.get("method.answered"), Words.get("method.share")),
                m.rounds().stream().map(r -> List.of(r.title(), Words.number(r.invited()), Words.number(r.answered()),
                        Words.percent(r.percent()))).toList());
        heading(doc, 3, Words.get("method.missing"));
        if (m.gaps().isEmpty()) {
            plain(doc, Words.get("method.noGaps"));
        }
        m.gaps().forEach(g -> plain(doc, "• " + g));
    }

    private static void starImage(XWPFDocument doc, DocumentContent c) {
        heading(doc, 2, Words.get("starimage"));
        plain(doc, Words.get("starimage.intro", c.stars().size()));
        picture(doc, Pictures.starImage(c.districts(), c.stars()), Words.get("starimage.alt", DocumentHtml.spokenStars(c.stars())));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < c.stars().size(); i++) {
            StarSection s = c.stars().get(i);
            rows.add(List.of(Integer.toString(i + 1), s.title(), s.scope(), Words.number(s.evidence())));
        }
        bold(doc, Words.get("stars.table"));
        table(doc, List.of("#", Words.get("star"), Words.get("star.scope"), Words.get("quotes")), rows);
    }

    private static void star(XWPFDocument doc, StarSection s) {
        heading(doc, 3, s.title());
        if (s.description() != null && !s.description().isBlank()) {
            plain(doc, s.description());
        }
        plain(doc, Words.get("star.scope") + ": " + s.scope() + ". " + Words.get("star.evidence", Words.number(s.evidence())));
        counts(doc, Words.get("star.byDistrict", s.title()), Words.get("district"), s.byDistrict());
        counts(doc, Words.get("star.byCategory", s.title()), Words.get("category"), s.byCategory());
        counts(doc, Words.get("star.bySource", s.title()), Words.get("source"), s.bySource());
        if (!s.examples().isEmpty()) {
            bold(doc, Words.get("star.examples"));
            s.examples().forEach(e -> plain(doc, "”" + e.text() + "” — " + e.origin()));
        }
        Ratings r = s.ratings();
        plain(doc, r == null || r.answers() == 0 ? Words.get("star.noRatings")
                : Words.get("star.ratings", Words.decimal(r.truthMedian()), Words.decimal(r.uniquenessMedian()),
                        Words.number(r.answers())));
    }

    /** The reference groups' medians for every star: the chart, and the same numbers in a table. */
    private static void ratings(XWPFDocument doc, List<StarSection> stars) {
        heading(doc, 3, Words.get("chart.ratings.caption"));
        picture(doc, Pictures.ratingChart(stars), Words.get("chart.ratings.alt", DocumentHtml.spokenRatings(stars)));
        table(doc, List.of(Words.get("star"), Words.get("chart.ratings.truth"), Words.get("chart.ratings.uniqueness"),
                Words.get("method.answered")), stars.stream().map(s -> {
                    Ratings r = s.ratings();
                    boolean none = r == null || r.answers() == 0;
                    return List.of(s.title(), none ? "–" : Words.decimal(r.truthMedian()),
                            none ? "–" : Words.decimal(r.uniquenessMedian()), none ? "0" : Words.number(r.answers()));
                }).toList());
    }

    /** Every star's evidence, the people's own words with where they come from. */
    private static void appendix(XWPFDocument doc, DocumentContent c) {
        XWPFParagraph pageBreak = doc.createParagraph();
        pageBreak.setPageBreak(true);
        heading(doc, 2, Words.get("appendix"));
        for (StarSection s : c.stars()) {
            heading(doc, 3, s.title());
            s.appendix().forEach(e -> plain(doc, "”" + e.text() + "” — " + e.origin()));
            if (s.appendixMore() > 0) {
                plain(doc, Words.get("appendix.more", Words.number(s.appendixMore())));
            }
        }
    }

    /** A chart as a picture the width of the text, with its alternative text for screen readers. */
    private static void picture(XWPFDocument doc, byte[] png, String alt) {
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
            double widthPoints = TEXT_WIDTH_POINTS;
            double heightPoints = widthPoints * image.getHeight() / image.getWidth();
            XWPFRun run = doc.createParagraph().createRun();
            run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "figur.png",
                    Units.toEMU(widthPoints), Units.toEMU(heightPoints));
            // Word reads the drawing's description as the alternative text; other readers the picture's own.
            CTR ctr = run.getCTR();
            ctr.getDrawingArray(ctr.sizeOfDrawingArray() - 1).getInlineArray(0).getDocPr().setDescr(alt);
            run.getEmbeddedPictures().get(run.getEmbeddedPictures().size() - 1).getCTPicture().getNvPicPr().getCNvPr()
                    .setDescr(alt);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("a chart could not be placed in the DOCX", e);
        }
    }

    private static void defineHeadings(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        int[] sizes = {32, 28, 24};
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            CTFonts fonts = run.addNewRFonts();
            fonts.setAscii("Arial");
            fonts.setHAnsi("Arial");
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(text);
    }

    private static void plain(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void bold(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setText(text);
    }

    /** The secretary's sanitised HTML as paragraphs and list items, with bold and italic kept. */
    private static void freeText(XWPFDocument doc, String html) {
        if (html == null || html.isBlank()) {
            plain(doc, Words.get("consequences.none"));
            return;
        }
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof TextNode loose) {
                if (!loose.isBlank()) {
                    plain(doc, loose.text().strip()); // text outside a paragraph, as older drafts may hold
                }
                continue;
            }
            if (!(node instanceof Element block)) {
                continue;
            }
            if (block.is("ul, ol")) {
                int n = 1;
                for (Element item : block.children()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().setText(block.is("ol") ? (n++) + ". " : "• ");
                    runs(p, item, false, false);
                }
            } else {
                runs(doc.createParagraph(), block, false, false);
            }
        }
    }

    private static void runs(XWPFParagraph p, Node node, boolean bold, boolean italic) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                XWPFRun run = p.createRun();
                run.setBold(bold);
                run.setItalic(italic);
                run.setText(text.text());
            } else if (child instanceof Element e) {
                if (e.is("br")) {
                    p.createRun().addBreak();
                } else {
                    runs(p, e, bold || e.is("strong, b"), italic || e.is("em, i"));
                }
            }
        }
    }

    private static void counts(XWPFDocument doc, String caption, String column, List<Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        bold(doc, caption);
        table(doc, List.of(column, Words.get("count")),
                counts.stream().map(c -> List.of(c.label(), Words.number(c.value()))).toList());
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            plain(doc, Words.get("method.none"));
            return;
        }
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setBold(header);
            run.setText(cells.get(i));
        }
        if (header) {
            row.setRepeatHeader(true);
        }
    }
}
