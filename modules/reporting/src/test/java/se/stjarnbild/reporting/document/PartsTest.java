package se.stjarnbild.reporting.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.reporting.Change;

/** The small parts every generation relies on: safe rich text, origins by attribution, figures and their comparison. */
class PartsTest {

    @Test
    void typedTextBecomesParagraphsAndLists() {
        assertEquals("<p>Ett stycke<br />med två rader</p><ul><li>ett</li><li>två &amp; tre</li></ul>",
                RichText.clean("Ett stycke\nmed två rader\n\n- ett\n- två & tre"));
    }

    @Test
    void pastedHtmlKeepsOnlyParagraphsEmphasisAndLists() {
        String clean = RichText.clean("<div style=\"color:red\"><p onclick=\"x()\">Hej <strong>du</strong>"
                + "<script>alert(1)</script><a href=\"http://x\">länk</a></p><iframe src=\"x\"></iframe></div>");
        assertEquals("<p>Hej <strong>du</strong>länk</p>", clean);
        assertEquals("", RichText.clean("   "));
        assertEquals("Hej du", RichText.text("<p>Hej <em>du</em></p>"));
    }

    @Test
    void pastedDivsHeadingsAndCellsKeepTheirParagraphsAndNoTextIsLeftOutside() {
        assertEquals("<p>Ett</p><p>Två</p>", RichText.clean("<div>Ett</div><div>Två</div>"));
        assertEquals("<p>Inledning</p><p>Del</p>", RichText.clean("<div>Inledning<div>Del</div></div>"));
        assertEquals("<p>Rubrik</p><p>cell 1</p><p>cell 2</p>",
                RichText.clean("<h2>Rubrik</h2><table><tr><td>cell 1</td><td>cell 2</td></tr></table>"));
        assertEquals("<p>Före</p><ul><li>a</li></ul><p>efter <em>sist</em></p>",
                RichText.clean("Före<ul><li>a</li></ul>efter <em>sist</em>"));
    }

    @Test
    void aSavedSectionComesBackAsItWasTypedAndSavesToTheSameAgain() {
        String typed = "Stjärnbilden bygger på <strong>människors</strong> egna ord.\nEn rad till.\n\n- tolv intervjuer\n- 1 < 2 & 3\n\n"
                + "Frågor till <info@krokom.se>";
        String saved = RichText.clean(typed);
        assertEquals("<p>Stjärnbilden bygger på <strong>människors</strong> egna ord.<br />En rad till.</p>"
                + "<ul><li>tolv intervjuer</li><li>1 &lt; 2 &amp; 3</li></ul><p>Frågor till &lt;info@krokom.se&gt;</p>", saved,
                "emphasis alone does not make the text HTML: its blank lines are still paragraphs");
        assertEquals(typed, RichText.asTypedText(saved));
        assertEquals(saved, RichText.clean(RichText.asTypedText(saved)));
        String pasted = RichText.clean("<div><p>Ett <em>stycke</em></p><ol><li>a</li><li>b</li></ol></div>");
        assertEquals("Ett <em>stycke</em>\n\n- a\n- b", RichText.asTypedText(pasted));
        assertEquals("", RichText.asTypedText(""));
        assertEquals("<p>text och samt</p>", RichText.clean("text och<script>alert(2)</script> samt"),
                "a script in typed text is dropped, its words around it kept");
    }

    @Test
    void aBrowsersLineBreaksAreLinesAndAListMayFollowItsIntroduction() {
        String typed = "Inledning.\r\n- punkt ett\r\n- punkt två\r\n\r\nSista stycket\r\nmed två rader.";
        String saved = RichText.clean(typed);
        assertEquals("<p>Inledning.</p><ul><li>punkt ett</li><li>punkt två</li></ul><p>Sista stycket<br />med två rader.</p>", saved,
                "one list of two items, not a paragraph per line");
        assertEquals(saved, RichText.clean(RichText.asTypedText(saved)));
    }

    @Test
    void typedAngleBracketsAreTextNotMarkup() {
        assertFalse(RichText.looksLikeHtml("Frågor till <info@krokom.se>"));
        assertEquals("<p>Frågor till &lt;info@krokom.se&gt;</p><p>Andra stycket</p>",
                RichText.clean("Frågor till <info@krokom.se>\n\nAndra stycket"));
        assertEquals("<p>1 &lt; 2 &gt; 0</p>", RichText.clean("1 < 2 > 0"));
        assertTrue(RichText.looksLikeHtml("<P CLASS=x>Hej</P>"));
        assertTrue(RichText.looksLikeHtml("a<br/>b"));
    }

    @Test
    void aQuotesOriginNeverSaysMoreThanItsAttributionAllows() {
        assertEquals("Föllinge/Laxsjö", Origins.of(AttributionLevel.ANONYMOUS, "Skärvångens bymejeri", "Skärvången", "Föllinge/Laxsjö"));
        assertEquals("Skärvångens bymejeri", Origins.of(AttributionLevel.PLACE_ONLY, "Skärvångens bymejeri", "Skärvången", "Föllinge/Laxsjö"));
        assertEquals("Skärvången", Origins.of(AttributionLevel.PLACE_ONLY, null, "Skärvången", "Föllinge/Laxsjö"));
        assertEquals("anonym", Origins.of(AttributionLevel.ANONYMOUS, "Skärvångens bymejeri", null, null));
        assertEquals("anonym", Origins.of(null, null, null, null));
    }

    @Test
    void figuresRoundTripAndCompareByLabel() {
        Map<String, String> one = Figures.of(SampleContent.krokom());
        assertEquals("12", one.get("Intervjuer totalt"));
        assertEquals("7", one.get("Intervjuer – Föllinge/Laxsjö"));
        assertEquals("8", one.get("Citat – Mathantverk i byarna"));
        assertEquals("3 av 7", one.get("Svar – Första stjärnorna"));
        assertEquals("4,0 / 3,5 (3)", one.get("Bedömning – Mathantverk i byarna"));
        assertEquals(one, Figures.parse(Figures.serialise(one)));

        Map<String, String> two = new java.util.LinkedHashMap<>(one);
        two.put("Intervjuer totalt", "13");
        two.remove("Citat – Fiskevatten");
        List<Change> changes = Figures.compare(one, two);
        assertEquals(List.of(new Change("Intervjuer totalt", "12", "13"), new Change("Citat – Fiskevatten", "3", "")), changes);
        assertTrue(Figures.compare(one, one).isEmpty());
    }

    @Test
    void twoMeetingsWithTheSameTitleKeepBothFigures() {
        Map<String, String> f = new Figures.UniqueLabels();
        f.put("Anmälda – Öppet möte", "40");
        f.put("Anmälda – Öppet möte", "55");
        f.put("Anmälda – Öppet möte", "12");
        assertEquals(Map.of("Anmälda – Öppet möte", "40", "Anmälda – Öppet möte (2)", "55", "Anmälda – Öppet möte (3)", "12"), f);
    }

    @Test
    void swedishNumbersAndDates() {
        assertEquals("1\u00a0203", Words.number(1203));
        assertEquals("3,5", Words.decimal(3.5));
        assertEquals("–", Words.decimal(null));
        assertEquals("8 december 2026", Words.date(java.time.LocalDate.of(2026, 12, 8)));
        assertEquals("43\u00a0%", Words.percent(43));
    }
}
