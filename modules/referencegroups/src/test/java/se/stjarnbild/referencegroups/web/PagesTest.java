package se.stjarnbild.referencegroups.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What the module's pages promise, read from the pages themselves. */
class PagesTest {

    private static final String PAGES = "/META-INF/resources/";
    private static final List<String> ALL = List.of("referencegroups/coverage.xhtml", "referencegroups/group.xhtml",
            "referencegroups/index.xhtml", "referencegroups/letters.xhtml", "referencegroups/member.xhtml",
            "referencegroups/members.xhtml", "referencegroups/nav.xhtml", "referencegroups/round.xhtml",
            "referencegroups/rounds.xhtml", "public/feedback.xhtml");

    @Test
    void aSessionLinksToItsMeetingOnlyForOrganisers() throws Exception {
        Document page = page("referencegroups/group.xhtml");
        List<Element> links = elements(page, "h:link").stream()
                .filter(e -> e.getAttribute("outcome").equals("/meetings/meeting")).toList();
        assertEquals(1, links.size());
        assertEquals("#{currentUser.hasRole('ORGANISER')}", links.get(0).getAttribute("rendered"),
                "/meetings/* is for organisers only (web.xml): staff would get an error page");
        List<Element> plain = elements(page, "h:outputText").stream()
                .filter(e -> e.getAttribute("value").equals(links.get(0).getAttribute("value"))).toList();
        assertEquals(1, plain.size(), "the title as plain text for everyone else");
        assertEquals("#{not currentUser.hasRole('ORGANISER')}", plain.get(0).getAttribute("rendered"));
    }

    @Test
    void remindingAsksFirst() throws Exception {
        Element remind = elements(page("referencegroups/round.xhtml"), "h:commandButton").stream()
                .filter(e -> e.getAttribute("id").equals("remind")).findFirst().orElseThrow();
        Node details = remind.getParentNode();
        assertEquals("details", details.getNodeName(), "the button is behind a question, like closing the round");
        assertTrue(details.getTextContent().contains("groupsText['round.remind.confirm']"), details.getTextContent());
        assertEquals("#{groupsText['round.remind.yes']}", remind.getAttribute("value"));
    }

    @Test
    void aClosedRoundNamesTheDayItClosedAndThanksOnlyWhoAnswered() throws Exception {
        Element notice = elements(page("public/feedback.xhtml"), "p").stream()
                .filter(e -> e.getAttribute("id").equals("closedNotice")).findFirst().orElseThrow();
        Element format = (Element) notice.getElementsByTagName("h:outputFormat").item(0);
        assertEquals("#{groupsText[feedbackBacking.current.closedNoticeKey()]}", format.getAttribute("value"));
        Element date = (Element) format.getElementsByTagName("f:param").item(0);
        assertEquals("#{fmt.date(feedbackBacking.current.closedOn())}", date.getAttribute("value"));
    }

    @Test
    void everyTextAPageAsksForIsInBothLanguages() throws Exception {
        Properties sv = BundlesTest.bundle("sv");
        Properties en = BundlesTest.bundle("en");
        Pattern key = Pattern.compile("groupsText\\['([^']+)'\\]");
        List<String> missing = new ArrayList<>();
        for (String name : ALL) {
            Matcher m = key.matcher(source(name));
            while (m.find()) {
                if (sv.getProperty(m.group(1)) == null || en.getProperty(m.group(1)) == null) {
                    missing.add(name + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static String source(String name) throws IOException {
        try (InputStream in = PagesTest.class.getResourceAsStream(PAGES + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document page(String name) throws Exception {
        try (InputStream in = PagesTest.class.getResourceAsStream(PAGES + name)) {
            assertNotNull(in, name);
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document page, String tag) {
        NodeList nodes = page.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
