package se.stjarnbild.reporting.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** One known document through every output: the HTML's sections, the PDF checked by veraPDF, the DOCX read back. */
class RenderingTest {

    private static final DocumentContent CONTENT = SampleContent.krokom();

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theHtmlHasEverySectionInOrderWithTheNumbersAndEscapedData() {
        Document html = DocumentHtml.build(CONTENT);
        assertEquals("sv", html.child(0).attr("lang"));
        assertEquals(List.of("Krokoms platsvarumärke – den gemensamma stjärnbilden"), html.select("h1").eachText());
        assertEquals(List.of("Förslag till beslut", "Sammanfattning", "Bakgrund", "Metod och deltagande", "Stjärnbilden",
                "Konsekvenser", "Beslutsunderlag", "Beslutet skickas till", "Bilaga: underlag per stjärna"),
                html.select("h2").eachText());
        assertEquals(List.of("Kommunstyrelsen antar stjärnbilden.", "Stjärnbilden följs upp 2028."),
                html.select("ol.decision li").eachText());
        assertTrue(html.text().contains("Under sommaren gjordes 12 intervjuer"));
        assertTrue(html.select("ul.gaps").text().contains("Inflyttare har inga medlemmar."));
        assertEquals("Ost & mejeri <som> besökare söker.", html.select("h3:containsOwn(Mathantverk i byarna) + p").first().text());
        assertTrue(html.text().contains("stämmer (median 4,0) och unikt (median 3,5), 3 svar"));
        assertTrue(html.text().contains("… och 2 citat till"));
        for (Element img : html.select("img")) {
            assertFalse(img.attr("alt").isBlank(), "every picture has a text alternative");
        }
        assertTrue(html.select("img.star-image").attr("alt").contains("1. Mathantverk i byarna (Föllinge/Laxsjö, 8 citat)"));
        assertEquals(List.of("Mathantverk i byarna 4,0 3,5 3", "Fiskevatten – – 0"),
                html.select("caption:containsOwn(Referensgruppernas bedömning) + thead + tbody tr").eachText());
        assertTrue(html.select("img.chart").eachAttr("alt").stream().anyMatch(a -> a.contains("Mathantverk i byarna: stämmer 4,0, unikt 3,5")));
        assertEquals("Inga särskilda konsekvenser har bedömts.",
                html.select("h3:containsOwn(Konsekvenser för barn) + div").text());
    }

    @Test
    void thePdfIsValidPdfA2aAndPdfUa1() throws Exception {
        byte[] pdf = PdfDocument.render(DocumentHtml.build(CONTENT));
        assertTrue(pdf.length > 10_000);
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFA_2_A));
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void emojiInPeoplesWordsAreKeptInThePdfAndItStaysPdfA() throws Exception {
        Document html = DocumentHtml.build(CONTENT);
        html.body().appendElement("p").text("Fisket 🌟 är bäst ☕ ✓");
        byte[] pdf = PdfDocument.render(html);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Fisket 🌟 är bäst ☕ ✓"), "printed as written, not as #: "
                    + text.substring(Math.max(0, text.indexOf("Fisket")), Math.min(text.length(), text.indexOf("Fisket") + 40)));
        }
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFA_2_A));
    }

    @Test
    void theSameCheckRejectsAnOrdinaryPdf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.openhtmltopdf.pdfboxout.PdfRendererBuilder plain = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
        plain.withHtmlContent("<html><body><p>Utan arkivformat</p></body></html>", "/");
        plain.toStream(out);
        plain.run();
        assertFalse(failures(out.toByteArray(), PDFAFlavour.PDFA_2_A).isEmpty());
        assertFalse(failures(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
    }

    @Test
    void theDocxHasRealHeadingsAndTables() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxDocument.render(CONTENT)))) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Förslag till beslut", "Sammanfattning", "Bakgrund", "Metod och deltagande", "Stjärnbilden",
                    "Konsekvenser", "Beslutsunderlag", "Beslutet skickas till", "Bilaga: underlag per stjärna"), headings);
            assertEquals("heading 2", docx.getStyles().getStyle("Heading2").getName());
            assertEquals(CONTENT.title(), docx.getProperties().getCoreProperties().getTitle(), "the file's title is the matter");
            assertTrue(docx.getProperties().getCoreProperties().getCreator().startsWith(CONTENT.municipality()));
            assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().equals("1. Kommunstyrelsen antar stjärnbilden.")));
            assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().equals("• tolv intervjuer")));
            assertTrue(docx.getTables().stream().anyMatch(t -> t.getRow(1).getCell(0).getText().equals("juli 2026")
                    && t.getRow(1).getCell(1).getText().equals("10")));
        }
    }

    @Test
    void theDocxCarriesWhatThePdfCarries() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxDocument.render(CONTENT)))) {
            assertEquals(3, docx.getAllPictures().size(), "the district chart, the star image and the ratings chart");
            List<String> alts = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).map(p -> p.getDescription()).toList();
            List<String> wordAlts = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> java.util.Arrays.stream(r.getCTR().getDrawingArray()))
                    .map(d -> d.getInlineArray(0).getDocPr().getDescr()).toList();
            assertEquals(alts, wordAlts, "the same alternative text where Word reads it");
            assertEquals(3, alts.size());
            assertTrue(alts.get(0).contains("Hotagen 5") && alts.get(1).contains("1. Mathantverk i byarna")
                    && alts.get(2).contains("Mathantverk i byarna"), alts.toString());
            List<String> text = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(text.contains("Två referensgrupper prövade den framväxande stjärnbilden: en för målgrupper och en för kommundelar."),
                    "the groups counted, not a fixed nine");
            assertTrue(text.contains("Bilaga: underlag per stjärna"), "the evidence appendix");
            assertTrue(text.contains("”Osten från Skärvången är unik.” — Skärvångens bymejeri"));
            assertTrue(text.contains("… och 2 citat till, som finns i dialogens export."), text.toString());
            assertTrue(text.stream().anyMatch(t -> t.startsWith("Referensgruppernas bedömning")), "per-star ratings");
            assertTrue(docx.getTables().stream().anyMatch(t -> t.getRow(0).getCell(0).getText().equals("Stjärna")
                    && t.getRow(1).getCell(0).getText().equals("Mathantverk i byarna") && t.getRow(1).getCell(1).getText().equals("4,0")),
                    "the ratings table");
            assertTrue(docx.getTables().stream().anyMatch(t -> t.getRow(0).getCell(0).getText().equals("Källa")
                    || t.getRow(1).getCell(0).getText().equals("Intervju")), "each star's sources");
        }
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().limit(20).collect(Collectors.toList());
        }
    }
}
