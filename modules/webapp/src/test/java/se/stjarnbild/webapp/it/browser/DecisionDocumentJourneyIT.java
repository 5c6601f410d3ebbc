package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * The board secretary chooses the stars, writes the summary, reorders the decision points,
 * previews, generates a version, freezes it and downloads the PDF, whose SHA-256 is the one shown.
 */
@ExtendWith(SharedServer.Start.class)
class DecisionDocumentJourneyIT {

    private final RunningServer server = SharedServer.current();

    @Test
    void chooseStarsWriteTheSummaryPreviewGenerateFreezeAndDownload() throws Exception {
        try (Browser secretary = Browser.open()) {
            secretary.go(server.url("login.xhtml"));
            secretary.logIn("sekreterare", DemoCatalog.DEMO_PASSWORD);
            secretary.go(server.url("reporting/index.xhtml"));
            secretary.assertNoSeriousAccessibilityViolations("decision document draft");

            secretary.type("#draftForm\\:registryNumber", "");
            secretary.clickAndWait("#draftForm\\:generate");
            assertTrue(secretary.text("#draftForm\\:registryNumber-error").startsWith("Skriv diarienumret"),
                    secretary.text("#draftForm\\:registryNumber-error"));
            secretary.assertNoSeriousAccessibilityViolations("draft with errors");

            String first = secretary.find("#draftForm\\:points\\:0\\:point").getAttribute("value");
            String second = secretary.find("#draftForm\\:points\\:1\\:point").getAttribute("value");
            secretary.clickAndWait("#draftForm\\:points\\:0\\:down");
            assertEquals(second, secretary.find("#draftForm\\:points\\:0\\:point").getAttribute("value"));
            assertEquals(first, secretary.find("#draftForm\\:points\\:1\\:point").getAttribute("value"));

            secretary.type("#draftForm\\:registryNumber", "KS 2026/77");
            secretary.type("#draftForm\\:summary", "Stjärnbilden bygger på människors egna ord.\n\n- sommarens intervjuer\n- nio referensgrupper");
            tickStartingWith(secretary, "Mathantverk i byarna (demo)");
            tickStartingWith(secretary, "Fiskevatten som hela landet känner till (demo)");
            secretary.clickAndWait("#draftForm\\:preview");
            assertEquals("/reporting/preview.xhtml", secretary.path(), secretary.text("main"));
            secretary.driver().switchTo().frame(secretary.find("#previewFrame"));
            String preview = secretary.driver().findElement(By.tagName("body")).getText();
            secretary.driver().switchTo().defaultContent();
            assertTrue(preview.contains("Stjärnbilden bygger på människors egna ord."), preview);
            assertTrue(preview.contains("Mathantverk i byarna (demo)"), preview);
            assertTrue(preview.indexOf(second) < preview.indexOf(first), "the decision points in their new order");

            secretary.go(server.url("reporting/index.xhtml"));
            secretary.clickAndWait("#draftForm\\:generate");
            assertEquals("/reporting/versions.xhtml", secretary.path());
            assertTrue(secretary.text(".messages").contains("är skapad"), secretary.text(".messages"));
            secretary.assertNoSeriousAccessibilityViolations("versions");

            secretary.find("#versionsForm\\:rows\\:0\\:freeze").findElement(By.xpath("ancestor::details/summary")).click();
            secretary.clickAndWait("#versionsForm\\:rows\\:0\\:freeze");
            assertTrue(secretary.text("#versions tbody tr").contains("Fryst"), secretary.text("#versions tbody tr"));

            String sha = secretary.find("#versions tbody tr code").getAttribute("title");
            String pdfHref = secretary.find("#versions tbody tr a[id^='pdf-']").getAttribute("href");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
                    .header("Cookie", "JSESSIONID=" + secretary.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        }
    }

    private static void tickStartingWith(Browser b, String label) {
        var box = b.driver().findElement(By.xpath("//label[starts-with(normalize-space(), '" + label + "')]"));
        var input = b.driver().findElement(By.id(box.getAttribute("for")));
        if (!input.isSelected()) {
            input.click();
        }
    }
}
