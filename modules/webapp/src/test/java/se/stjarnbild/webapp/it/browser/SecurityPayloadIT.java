package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import se.stjarnbild.webapp.demo.DemoCatalog;
import se.stjarnbild.webapp.it.http.StaffHttpClient;

/**
 * Attacks from the outside: stored script payloads in a star's title and description and in a
 * public contribution, rendered back in every view that shows them, run nothing and show as the
 * text that was typed (or with the markup removed); forged tokens and codes on the public pages
 * show nobody's data; a path in a download parameter reads no file.
 */
@ExtendWith(SharedServer.Start.class)
class SecurityPayloadIT {

    private static final String SCRIPT = "<script>window.__xss='script'</script>";
    private static final String IMAGE = "<img src=x onerror=\"window.__xss='img'\">";

    private final RunningServer server = SharedServer.current();
    private final String nonce = Long.toString(System.nanoTime(), 36);

    @Test
    void storedScriptPayloadsRunNowhereTheyAreShown() throws Exception {
        String title = "Stjärna " + nonce + " " + IMAGE;
        PublicContribution.send(server, "Fjällen " + nonce + " " + SCRIPT + IMAGE, null);
        try (Browser admin = Browser.open()) {
            admin.go(server.url("login.xhtml"));
            admin.logIn("admin", DemoCatalog.DEMO_PASSWORD);
            admin.go(server.url("dialogue/star-edit.xhtml"));
            admin.type("#starForm\\:title", title);
            admin.type("#starForm\\:description", SCRIPT + " beskrivning");
            admin.clickAndWait("#starForm\\:save");
            assertEquals(title, admin.text("h1"), "the title shows as typed, as text");
            String starPage = admin.driver().getCurrentUrl();

            List<String> ran = new ArrayList<>();
            for (String page : List.of(starPage, server.url("dialogue/stars.xhtml"), server.url("dialogue/search.xhtml?q=" + nonce),
                    server.url("dialogue/contributions.xhtml"), server.url("dialogue/quotes.xhtml"),
                    server.url("public/contribute.xhtml"), server.url("admin/audit.xhtml?entity=Star"))) {
                admin.go(page);
                Object xss = ((JavascriptExecutor) admin.driver()).executeScript("return window.__xss || null;");
                if (xss != null) {
                    ran.add(page + " ran " + xss);
                }
            }
            assertEquals(List.of(), ran);
            admin.go(server.url("dialogue/contributions.xhtml"));
            assertTrue(admin.text("main").contains("Fjällen " + nonce), "the contribution's words are there");
            assertFalse(admin.text("main").contains("window.__xss"), "its markup was removed on the way in");
            assertTrue(admin.findAll("img[src='x']").isEmpty(), "no element was injected");
        }
    }

    @Test
    void forgedTokensShowNobodysDataAndPathsInParametersReadNoFile() throws Exception {
        StaffHttpClient anonymous = new StaffHttpClient(server.base());
        String forged = "A".repeat(43);
        for (String page : List.of("public/registration.xhtml?token=" + forged, "public/feedback.xhtml?t=" + forged,
                "public/poll.xhtml?t=" + forged, "public/registration.xhtml?token=../../etc/passwd",
                "public/react.xhtml?c=ZZZZZZ", "public/react.xhtml?c=%3Cscript%3E")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertEquals(200, answer.statusCode(), page);
            assertFalse(answer.body().contains("@example.se"), page + " shows someone's address");
            assertFalse(answer.body().contains("<script>alert"), page);
            assertTrue(answer.body().contains("msg-error") || answer.body().contains("role=\"alert\""),
                    page + " says the link or code is not valid");
        }
        StaffHttpClient admin = new StaffHttpClient(server.base());
        admin.logIn("admin", DemoCatalog.DEMO_PASSWORD);
        for (String download : List.of("reporting/file?version=../../etc/passwd", "reporting/file?version=1&format=../../etc/passwd",
                "reporting/export?format=../../etc/passwd", "dialogue/export?format=../../etc/passwd",
                "jakarta.faces.resource/..%2F..%2FWEB-INF%2Fweb.xml.xhtml", "jakarta.faces.resource/..%2f..%2fetc%2fpasswd")) {
            HttpResponse<String> answer = admin.get(download);
            assertFalse(answer.body().contains("root:x:0:0"), download);
            assertFalse(answer.body().contains("<web-app"), download);
            assertTrue(answer.statusCode() >= 400, download + " answered " + answer.statusCode());
            assertNull(answer.headers().firstValue("Content-Disposition").orElse(null), download + " sent a file");
        }
    }
}
