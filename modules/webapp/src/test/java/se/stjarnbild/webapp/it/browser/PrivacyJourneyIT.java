package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.stjarnbild.webapp.demo.DemoCatalog;
import se.stjarnbild.webapp.it.http.StaffHttpClient;

/**
 * A person's rights in the browser: someone contributes and leaves an e-mail address; the
 * administrator finds what is held about the address, downloads it as JSON and erases it; the
 * contribution stays without the address, and the audit log says an erasure happened without
 * saying whose.
 */
@ExtendWith(SharedServer.Start.class)
class PrivacyJourneyIT {

    private final RunningServer server = SharedServer.current();
    private final String nonce = Long.toString(System.nanoTime(), 36);

    @Test
    void findExportAndEraseAPersonByEmailWhileTheirWordsStay() throws Exception {
        String email = "Anna-" + nonce + "@Example.se";
        String words = "Bastun vid sjön " + nonce;
        PublicContribution.send(server, words, email);
        try (Browser admin = Browser.open()) {
            admin.go(server.url("login.xhtml"));
            admin.logIn("admin", DemoCatalog.DEMO_PASSWORD);
            admin.go(server.url("admin/person.xhtml"));
            admin.type("#personForm\\:email", "inte en adress");
            admin.clickAndWait("#personForm\\:search");
            assertEquals("Skriv en hel e-postadress, till exempel anna@example.se.", admin.text("#personForm\\:email-error"));

            admin.type("#personForm\\:email", email.toLowerCase());
            admin.clickAndWait("#personForm\\:search");
            assertTrue(admin.text("#findings").contains(words), admin.text("#findings"));
            assertEquals("1 uppgifter hittades", admin.text("#findingsHeading"));
            admin.assertNoSeriousAccessibilityViolations("a person's data");

            String json = export(admin, email);
            assertTrue(json.contains("\"email\": \"" + email.toLowerCase() + "\""), json);
            assertTrue(json.contains(words), "the contribution is in the export: " + json);

            admin.type("#personForm\\:email", "någon-annan-" + nonce + "@example.se");
            admin.find("#personForm\\:erase").click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("personForm:confirmYes")));
            admin.clickAndWait("#personForm\\:confirmYes");
            assertTrue(admin.text("#personForm\\:email-error").startsWith("Adressen har ändrats sedan sökningen"),
                    "an address edited after the search is not erased blindly: " + admin.text("#personForm\\:email-error"));
            assertTrue(admin.text("#findings").contains(words), "nothing was erased");

            admin.type("#personForm\\:email", email.toLowerCase());
            admin.find("#personForm\\:erase").click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("personForm:confirmYes")));
            admin.clickAndWait("#personForm\\:confirmYes");
            assertTrue(admin.text("#page-messages").contains("0 anmälningar, 0 medlemskap, 1 bidrag"), admin.text("#page-messages"));
            assertEquals("0 uppgifter hittades", admin.text("#findingsHeading"), "nothing is held any more");

            admin.go(server.url("admin/audit.xhtml?action=ERASE&actor=admin"));
            String log = admin.text("#auditTable");
            assertTrue(log.contains("1 contributions"), log);
            assertFalse(log.toLowerCase().contains(email.toLowerCase()), "the log does not say whose data it was");
        }
        try (Browser staff = Browser.open()) {
            staff.go(server.url("login.xhtml"));
            staff.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
            staff.go(server.url("dialogue/contributions.xhtml"));
            String queue = staff.text("main");
            assertTrue(queue.contains(words), "the words stay for moderation");
            assertFalse(queue.toLowerCase().contains(email.toLowerCase()), "without the address");
        }
    }

    private HttpResponse<String> post(HttpClient http, String session, String page, String email, String button)
            throws Exception {
        String form = "personForm=personForm&personForm%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&personForm%3A" + button + "=x&jakarta.faces.ViewState="
                + URLEncoder.encode(StaffHttpClient.viewState(page), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(StaffHttpClient.nonce(page), StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(server.base().resolve("admin/person.xhtml"))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the page's export button as the browser would, with the admin's session. */
    private String export(Browser admin, String email) throws Exception {
        String session = admin.sessionCookie();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.base().resolve("admin/person.xhtml"))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        // search first, as the person on the page did: the download button exists only for a search's findings
        HttpResponse<String> found = post(http, session, page.body(), email, "search");
        HttpResponse<String> answer = post(http, session, found.body(), email, "export");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").contains("personuppgifter.json"),
                () -> answer.headers().map() + "\n" + answer.body().substring(0, Math.min(3000, answer.body().length())));
        return answer.body();
    }
}
