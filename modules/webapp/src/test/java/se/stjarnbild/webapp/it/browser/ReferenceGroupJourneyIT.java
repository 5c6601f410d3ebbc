package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * Staff add a member and open a feedback round, whose invitation arrives at a real SMTP server (a
 * reminder the same day skips the member); the member answers from the link in it without logging in and can come back to their
 * answers; staff then see the results, take a comment as a quote and see the coverage matrix.
 */
@ExtendWith(SharedServer.Start.class)
class ReferenceGroupJourneyIT {

    private static final Pattern TOKEN = Pattern.compile("feedback\\.xhtml\\?t=([A-Za-z0-9_-]{43})");

    private final RunningServer server = SharedServer.current();
    private final String nonce = Long.toString(System.nanoTime(), 36);

    @Test
    void addAMemberOpenARoundAnswerFromTheLinkAndSeeResultsAndCoverage() throws Exception {
        String email = "greta-" + nonce + "@example.se";
        String roundTitle = "Runda " + nonce;
        String roundUrl;
        try (Browser staff = Browser.open()) {
            staff.go(server.url("login.xhtml"));
            staff.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
            staff.go(server.url("referencegroups/member.xhtml"));
            staff.clickAndWait("#memberForm\\:save");
            assertEquals("Skriv medlemmens namn.", staff.text("#memberForm\\:name-error"));
            assertEquals("Välj minst en grupp.", staff.text("#memberForm\\:groups-error"));
            assertTrue(staff.text("#memberForm\\:consentGiven-error").startsWith("Utan samtycke"));
            staff.assertNoSeriousAccessibilityViolations("member form with errors");

            fillMember(staff, "Greta " + nonce, email);
            staff.clickAndWait("#memberForm\\:save");
            assertEquals("/referencegroups/members.xhtml", staff.path());
            assertTrue(staff.text("#listForm").contains("Greta " + nonce), staff.text("#listForm"));

            staff.go(server.url("referencegroups/member.xhtml"));
            fillMember(staff, "Greta igen", email.toUpperCase());
            staff.clickAndWait("#memberForm\\:save");
            assertTrue(staff.text("#memberForm\\:email-error").startsWith("Det finns redan en medlem"));

            staff.go(server.url("referencegroups/rounds.xhtml"));
            staff.clickAndWait("#roundForm\\:open");
            assertEquals("Välj minst en stjärna att fråga om.", staff.text("#roundForm\\:stars-error"));
            staff.type("#roundForm\\:title", roundTitle);
            tick(staff, "Inflyttare");
            tick(staff, "Mathantverk i byarna (demo)");
            staff.clickAndWait("#roundForm\\:open");
            assertEquals("/referencegroups/round.xhtml", staff.path());
            roundUrl = staff.driver().getCurrentUrl();
            assertTrue(staff.text("#responseTable").contains("0 av 1 har svarat"), staff.text("#responseTable"));

            staff.find("#remindDetails summary").click();
            staff.clickAndWait("#actionsForm\\:remind");
            assertTrue(staff.text(".messages").contains("Inga påminnelser är skickade. En medlem fick ingen, eftersom rundan har e-postat den"), staff.text(".messages"));
        }

        MimeMessage invitation = Mailbox.await(email, "Inbjudan");
        Matcher link = TOKEN.matcher(invitation.getContent().toString());
        assertTrue(link.find(), "the invitation sent when the round opened carries the personal link");
        String memberUrl = server.url("public/feedback.xhtml?t=" + link.group(1));

        try (Browser member = Browser.open()) {
            member.go(memberUrl);
            assertTrue(member.text("main").contains("Mathantverk i byarna (demo)"));
            member.assertNoSeriousAccessibilityViolations("member's feedback page");
            choose(member, "truth", "4");
            choose(member, "uniqueness", "5");
            member.type("#feedbackForm\\:stars\\:0\\:comment", "<b>Osten</b> från Skärvången är unik");
            member.type("#feedbackForm\\:proposal", "Fäbodvallarna");
            member.clickAndWait("#feedbackForm\\:save");
            assertTrue(member.text(".messages").contains("Dina svar är sparade"), member.text(".messages"));

            member.go(memberUrl);
            assertTrue(radio(member, "truth", "4").isSelected(), "the member comes back to their own answers");
            assertEquals("Osten från Skärvången är unik", member.find("#feedbackForm\\:stars\\:0\\:comment").getAttribute("value"));

            member.go(server.url("public/feedback.xhtml?t=" + "x".repeat(43)));
            assertTrue(member.text("#unknownToken").startsWith("Länken fungerar inte"));
            assertEquals(List.of(), member.findAll("#feedbackForm"));
        }

        try (Browser staff = Browser.open()) {
            staff.go(server.url("login.xhtml"));
            staff.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
            staff.go(roundUrl);
            assertTrue(staff.text("#responseTable").contains("1 av 1 har svarat (100"), staff.text("#responseTable"));
            assertTrue(staff.text("#proposals").contains("Fäbodvallarna"));
            assertTrue(staff.text("#resultsForm").contains("Osten från Skärvången är unik"));
            staff.assertNoSeriousAccessibilityViolations("round results");
            staff.clickAndWait("#resultsForm\\:stars\\:0\\:comments\\:0\\:takeQuote");
            assertTrue(staff.text(".messages").contains("citat i dialogen"), staff.text(".messages"));

            staff.go(server.url("referencegroups/coverage.xhtml"));
            String row = staff.driver().findElement(By.xpath("//table[@id='coverageMatrix']//tr[th[normalize-space()='Inflyttare']]")).getText();
            assertTrue(row.contains("1 av 1"), row);
            assertTrue(staff.text("#gaps").contains("Utlandsfödda har inte tillfrågats om"), staff.text("#gaps"));
            staff.assertNoSeriousAccessibilityViolations("coverage");
        }
    }

    /** A session's conclusions: saved beside their session, and a refusal told beside the same box. */
    @Test
    void conclusionsAreKeptPerSessionAndARefusalIsToldBesideItsBox() {
        try (Browser staff = Browser.open()) {
            staff.go(server.url("login.xhtml"));
            staff.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
            staff.go(server.url("referencegroups/index.xhtml"));
            staff.go(staff.findAll("a[href*='referencegroups/group.xhtml?id=']").stream()
                    .filter(a -> a.getText().equals("Hotagen")).findFirst().orElseThrow().getAttribute("href"));
            String box = "sessionsForm:sessions:0:conclusion";
            ((org.openqa.selenium.JavascriptExecutor) staff.driver()).executeScript(
                    "document.getElementById(arguments[0]).value = 'x'.repeat(8001);", box);
            staff.clickAndWait("[id='sessionsForm:sessions:0:saveConclusion']");
            String card = staff.driver().findElement(By.xpath("//textarea[@id='" + box + "']/ancestor::div[contains(@class,'card')]"))
                    .getText();
            assertTrue(card.contains("Texten är för lång: högst 8"), "the refusal stands in the session's own card: " + card);
            assertTrue(staff.find("[id='" + box + "']").getAttribute("value").length() == 8001, "what was typed stays");
            staff.type("[id='" + box + "']", "Gruppen vill lyfta fisket i Hotagsströmmen.");
            staff.clickAndWait("[id='sessionsForm:sessions:0:saveConclusion']");
            assertEquals("Gruppen vill lyfta fisket i Hotagsströmmen.", staff.find("[id='" + box + "']").getAttribute("value"));
        }
    }

    private static void fillMember(Browser b, String name, String email) {
        b.type("#memberForm\\:name", name);
        b.type("#memberForm\\:email", email);
        tick(b, "Inflyttare");
        if (!b.find("#memberForm\\:consentGiven").isSelected()) {
            b.find("#memberForm\\:consentGiven").click();
        }
        new org.openqa.selenium.support.ui.Select(b.find("#memberForm\\:recruitedHow")).selectByVisibleText("Via ett öppet möte");
        new org.openqa.selenium.support.ui.Select(b.find("#memberForm\\:ageBand")).selectByVisibleText("20–29 år");
    }

    private static org.openqa.selenium.WebElement radio(Browser b, String question, String value) {
        return b.driver().findElement(By.cssSelector("input[name='feedbackForm:stars:0:" + question + "'][value='" + value + "']"));
    }

    private static void choose(Browser b, String question, String value) {
        radio(b, question, value).click();
    }

    /** Ticks the checkbox whose label starts with the words (group labels end with a member count). */
    private static void tick(Browser b, String label) {
        var box = b.driver().findElement(By.xpath("//label[starts-with(normalize-space(), '" + label + "')]"));
        var input = b.driver().findElement(By.id(box.getAttribute("for")));
        if (!input.isSelected()) {
            input.click();
        }
    }
}
