package se.stjarnbild.reporting.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A long address or word in a section stays on the A4 page instead of running past its edge. */
class LongWordsTest {

    @Test
    void aLongUnbrokenWordWrapsInsideThePage() throws IOException {
        DocumentContent sample = SampleContent.krokom();
        String address = "https://www.krokom.se/" + "platsvarumarketstjarnbildenunderlag".repeat(8);
        DocumentContent withLongWord = new DocumentContent(sample.municipality(), sample.districts(), sample.unit(),
                sample.date(), sample.registryNumber(), sample.caseOfficer(), sample.title(), sample.decisionPoints(),
                RichText.clean("Läs mer på " + address), sample.background(), sample.method(), sample.stars(),
                sample.consequencesEconomy(), sample.consequencesChildren(), sample.consequencesEquality(), sample.basis(),
                sample.recipients());
        try (PDDocument pdf = Loader.loadPDF(PdfDocument.render(DocumentHtml.build(withLongWord)))) {
            float pageWidth = pdf.getPage(0).getMediaBox().getWidth();
            float[] rightmost = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(pdf);
            assertTrue(rightmost[0] <= pageWidth, "text reaches " + rightmost[0] + " pt on a page " + pageWidth + " pt wide");
        }
    }

    @Test
    void aWideTableKeepsItsWordsWhole() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfDocument.render(DocumentHtml.build(SampleContent.krokom())))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String word : List.of("Anmälda", "Deltog", "Reaktioner", "Telefoner", "oktober")) {
                assertTrue(text.contains(word), "\"" + word + "\" is broken inside the word");
            }
        }
    }
}
