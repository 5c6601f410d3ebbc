package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * The dialogue's journey on the real pages: an interview's quotes coded, linked to a star, found
 * by Swedish search and counted in the matrix; a spreadsheet imported after its problems are
 * shown; the codebook edited; quotes exported.
 */
@ExtendWith(SharedServer.Start.class)
class DialogueJourneyIT {

    private final RunningServer server = SharedServer.current();
    private final String nonce = "Kvx" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");

    private Browser browser;

    @BeforeEach
    void logIn() {
        browser = Browser.open();
        browser.go(server.url("login.xhtml"));
        browser.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void anyoneContributesWithoutAnAccountAndStaffApproveItAsAQuoteWithoutPersonalData() throws Exception {
        String words = "Byskolan i Föllinge " + nonce;
        try (Browser resident = Browser.open()) {
            resident.go(server.url("public/contribute.xhtml"));
            resident.type("#contributeForm\\:text", words + ", ring Anna på 070-7654321");
            resident.clickAndWait("#contributeForm\\:send");
            assertTrue(resident.text(".messages").contains("snabbare än någon hinner skriva"), resident.text(".messages"));
            Thread.sleep(3_200);
            new Select(resident.find("#contributeForm\\:district")).selectByVisibleText("Föllinge/Laxsjö");
            new WebDriverWait(resident.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> resident.find("#contributeForm\\:village").isEnabled());
            resident.type("#contributeForm\\:email", "anna@example.se");
            resident.clickAndWait("#contributeForm\\:send");
            assertTrue(resident.text("#contributeForm\\:emailConsent-error").startsWith("Kryssa i"),
                    resident.text("#contributeForm\\:emailConsent-error"));
            resident.type("#contributeForm\\:email", "");
            resident.clickAndWait("#contributeForm\\:send");
            assertTrue(resident.text("#thanks").startsWith("Tack!"), resident.text("main"));
        }
        browser.go(server.url("dialogue/contributions.xhtml"));
        browser.assertNoSeriousAccessibilityViolations("moderation queue");
        WebElement text = browser.driver().findElement(By.xpath("//textarea[contains(., '" + nonce + "')]"));
        String approveId = text.getAttribute("id").replace(":text", ":approve");
        text.clear();
        text.sendKeys(words);
        browser.clickAndWait("#" + approveId.replace(":", "\\:"));
        assertTrue(browser.text(".messages").contains("finns nu som citat"), browser.text(".messages"));
        String decided = browser.text("#decided");
        assertTrue(decided.contains(words) && decided.contains("personuppgifter borttagna") && !decided.contains("070-7654321"), decided);
        browser.go(server.url("dialogue/quotes.xhtml"));
        browser.type("#filterForm\\:words", nonce);
        browser.clickAndWait("#filterForm\\:apply");
        assertTrue(browser.text("main").contains(words), browser.text("main"));
    }

    @Test
    void twoQuotesAreCodedLinkedToAStarFoundBySearchAndCountedInTheMatrix() {
        String interviewer = "Journey " + nonce;
        browser.go(server.url("dialogue/interview.xhtml"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('interviewForm:date').value='2026-07-20'");
        browser.type("#interviewForm\\:interviewer", interviewer);
        // Answers are kept only with consent: without it the interview takes no quotes.
        browser.find("#interviewForm\\:consentGiven").click();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('interviewForm:consentDate').value='2026-07-20'");
        new Select(browser.find("#interviewForm\\:district")).selectByVisibleText("Hotagen");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("interviewForm:place"), "Hotagsströmmen"));
        browser.clickAndWait("#interviewForm\\:save");
        browser.type("#filterForm\\:interviewer", interviewer);
        browser.clickAndWait("#filterForm\\:apply");
        browser.clickAndWait("#listForm\\:interviews\\:0\\:dateLink");

        addQuote("Fiskevännerna kommer till " + nonce + " varje sommar");
        addQuote("Osten från " + nonce + " är den bästa");

        openQuote(0);
        tick("#themesForm\\:themes", "Natur och friluftsliv › Fiske");
        browser.clickAndWait("#themesForm\\:saveThemes");
        assertTrue(browser.text("#page-messages").contains("kodat med ett tema"), browser.text("#page-messages"));
        tick("#starsForm\\:stars", "Fiskevatten som hela landet känner till (demo)");
        browser.clickAndWait("#starsForm\\:saveStars");
        assertTrue(browser.text("#page-messages").contains("belägg för en stjärna"), browser.text("#page-messages"));
        browser.assertNoSeriousAccessibilityViolations("quote page");
        browser.screenshot("quote-sv-1280");

        browser.clickAndWait("#interviewLink");
        openQuote(1);
        tick("#themesForm\\:themes", "Mat och dryck › Ost och mejeri");
        browser.clickAndWait("#themesForm\\:saveThemes");
        tick("#starsForm\\:stars", "Fiskevatten som hela landet känner till (demo)");
        browser.clickAndWait("#starsForm\\:saveStars");

        browser.go(server.url("dialogue/stars.xhtml"));
        browser.assertNoSeriousAccessibilityViolations("star list");
        browser.driver().findElement(By.linkText("Fiskevatten som hela landet känner till (demo)")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().endsWith("/star.xhtml"));
        String evidence = browser.text("#evidenceForm");
        assertTrue(evidence.contains("Fiskevännerna kommer till " + nonce) && evidence.contains("Osten från " + nonce), evidence);
        assertTrue(browser.text("#byDistrict").contains("Hotagen"));
        assertTrue(browser.text("#bySource").contains("Intervju"));
        browser.assertNoSeriousAccessibilityViolations("star page");
        browser.screenshot("star-sv-1280");

        // The index follows the commit in the background: search until the quote is there.
        String hits = "";
        for (int attempt = 0; attempt < 20 && !hits.contains(nonce); attempt++) {
            browser.go(server.url("dialogue/search.xhtml?q=fiske+" + nonce));
            hits = browser.findAll(".search-hits").isEmpty() ? "" : browser.text(".search-hits");
            sleep(500);
        }
        assertTrue(hits.contains("Fiskevännerna kommer till " + nonce), hits);
        assertFalse(hits.contains("Osten från"), "every word must match");
        assertEquals("Fiskevännerna", browser.find(".search-hits mark").getText(), "the compound word is marked");
        browser.assertNoSeriousAccessibilityViolations("search results");
        browser.go(server.url("dialogue/search.xhtml?q=ost+" + nonce));
        assertTrue(browser.text(".search-hits").contains("Osten från " + nonce), "ost finds osten");

        browser.go(server.url("dialogue/matrix.xhtml"));
        browser.assertNoSeriousAccessibilityViolations("matrix");
        browser.screenshot("matrix-sv-1280");
        WebElement fishingRow = browser.driver().findElement(By.xpath("//table[@id='matrix']//tr[th='Fiske']"));
        int hotagenColumn = browser.findAll("#matrix thead th").stream().map(WebElement::getText).toList().indexOf("Hotagen");
        WebElement cell = fishingRow.findElements(By.cssSelector("th, td")).get(hotagenColumn);
        int count = Integer.parseInt(cell.getText().replace("\u00a0", "").replace(" ", ""));
        assertTrue(count >= 2, "the demo quote and ours: " + count);
        WebElement old = browser.find("html");
        cell.findElement(By.tagName("a")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old));
        String list = browser.text("#listForm");
        assertTrue(list.contains("Fiskevännerna kommer till " + nonce), list);
        assertFalse(list.contains("Osten från " + nonce), "the cell lists only its theme's quotes");
        assertEquals(count, browser.findAll("#listForm tbody tr").size(), "the cell's number is the list's length");
    }

    @Test
    void aSpreadsheetWithProblemsSavesNothingAndACorrectedOneIsSavedWithProgress() throws Exception {
        browser.go(server.url("dialogue/import.xhtml"));
        browser.assertNoSeriousAccessibilityViolations("import page");
        String interviewer = "Import " + nonce;
        String header = "intervju;datum;kommundel;by;plats;intervjuare;kategori;hemort;samtycke;samtyckesdatum;anteckningar;citat;tillskrivning\r\n";
        Path bad = Files.createTempFile("intervjuer", ".csv");
        Files.writeString(bad, header
                + "1;2026-07-21;Hotagen;;;" + interviewer + ";besökare;;ja;2026-07-21;;Skotrarna i " + nonce + " är bäst;\r\n"
                + "2;2026-13-45;Hotagen;;;" + interviewer + ";besökare;;ja;2026-07-21;;Fjällen;\r\n"
                + "3;2026-07-21;Atlantis;;;" + interviewer + ";besökare;;ja;2026-07-21;;<script>alert(1)</script>;\r\n",
                StandardCharsets.ISO_8859_1);
        upload(bad);
        assertTrue(browser.text("#problemSummary").contains("Inget har sparats"), browser.text("#problemSummary"));
        String problems = browser.text("#problems");
        assertTrue(problems.contains("2026-13-45"), problems);
        assertTrue(problems.contains("Atlantis"), problems);
        assertTrue(problems.contains("HTML-kod"), problems);
        assertEquals(java.util.List.of("3", "4", "4"), browser.findAll("#problems tbody tr td:first-child").stream()
                .map(WebElement::getText).toList(), "each problem names its row, in order");
        assertTrue(browser.findAll("#saveForm\\:save").isEmpty(), "no way to save a file with problems");
        browser.assertNoSeriousAccessibilityViolations("import problems");
        browser.screenshot("import-problems-sv-1280");

        browser.clickAndWait("#saveForm\\:startOver");
        Path notASheet = Files.createTempFile("bild", ".csv");
        Files.write(notASheet, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        upload(notASheet);
        assertTrue(browser.text("#uploadForm\\:file-error").contains("inte ett kalkylark"), browser.text("#uploadForm\\:file-error"));

        Path good = Files.createTempFile("intervjuer", ".csv");
        Files.writeString(good, header
                + "1;2026-07-21;Hotagen;;Hotagsströmmen;" + interviewer + ";besökare;Bergen;ja;2026-07-21;;Skotrarna i " + nonce + " är bäst;plats\r\n"
                + "1;2026-07-21;Hotagen;;Hotagsströmmen;" + interviewer + ";besökare;Bergen;ja;2026-07-21;;Älven vid " + nonce + " glittrar;\r\n",
                StandardCharsets.ISO_8859_1);
        upload(good);
        assertTrue(!browser.findAll("#facts").isEmpty(), () -> browser.text("main"));
        assertTrue(browser.text("#facts").contains("windows-1252"), browser.text("#facts"));
        assertTrue(browser.text("#readyToSave").contains("Inga problem"));
        browser.find("#saveForm\\:save").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertTrue(browser.text("#done").contains("Intervjuer sparade: 1. Citat sparade: 2."), browser.text("#done"));

        browser.go(server.url("dialogue/quotes.xhtml"));
        browser.type("#filterForm\\:words", nonce);
        browser.clickAndWait("#filterForm\\:apply");
        assertEquals(2, browser.findAll("#listForm tbody tr").size(), "both quotes, å/ä/ö read right: " + browser.text("#listForm"));
        assertTrue(browser.text("#listForm").contains("Älven vid " + nonce + " glittrar"));

        String exportHref = browser.find("#exportCsv").getAttribute("href");
        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(exportHref))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        String csv = new String(export.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\ufeffId;Citat;Teman;"), csv.substring(0, Math.min(80, csv.length())));
        assertEquals(3, csv.split("\r\n").length, "a header and the two filtered quotes: " + csv);
        assertTrue(csv.contains("Skotrarna i " + nonce + " är bäst;;Hotagsströmmen;;Hotagen;Intervju;Platsen får nämnas;2026-07-21;Besökare;"), csv);
    }

    @Test
    void theCodebookIsExtendedRenamedAndMergedAndPlacesAreAdded() {
        String theme = "Tema " + nonce;
        browser.go(server.url("dialogue/themes.xhtml"));
        browser.clickAndWait("#themeForm\\:save");
        assertEquals("Skriv temats namn.", browser.text("#themeForm\\:name-error"));
        browser.type("#themeForm\\:name", theme);
        new Select(browser.find("#themeForm\\:parent")).selectByVisibleText("Kultur och historia");
        browser.clickAndWait("#themeForm\\:save");
        assertTrue(browser.text("#themeTable").contains(theme));
        browser.type("#themeForm\\:name", "genuinitet");
        browser.clickAndWait("#themeForm\\:save");
        assertTrue(browser.text("#themeForm\\:name-error").contains("finns redan"), "names are unique, any case");

        browser.driver().findElement(By.cssSelector("a[aria-label='Ändra " + theme + "']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#theme-form-heading").equals("Ändra tema"));
        browser.type("#themeForm\\:name", theme + " omdöpt");
        browser.clickAndWait("#themeForm\\:save");
        assertTrue(browser.text("#themeTable").contains(theme + " omdöpt"));
        browser.assertNoSeriousAccessibilityViolations("themes");

        new Select(browser.find("#mergeForm\\:from")).selectByVisibleText("Kultur och historia › " + theme + " omdöpt");
        new Select(browser.find("#mergeForm\\:into")).selectByVisibleText("Genuinitet");
        browser.find("#mergeForm\\:merge").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("themeTable:confirmYes")));
        browser.clickAndWait("#themeTable\\:confirmYes");
        assertTrue(browser.text("#page-messages").contains("har gått upp i ”Genuinitet”"), browser.text("#page-messages"));
        assertFalse(browser.text("#themeTable").contains(theme));

        browser.go(server.url("dialogue/places.xhtml"));
        browser.clickAndWait("#placeForm\\:save");
        assertEquals("Skriv platsens namn.", browser.text("#placeForm\\:name-error"));
        browser.type("#placeForm\\:name", "Fäbodvallen " + nonce);
        new Select(browser.find("#placeForm\\:kind")).selectByVisibleText("Kulturmiljö");
        new Select(browser.find("#placeForm\\:district")).selectByVisibleText("Hotagen");
        browser.clickAndWait("#placeForm\\:save");
        assertTrue(browser.text("#placeTable").contains("Fäbodvallen " + nonce));
        browser.assertNoSeriousAccessibilityViolations("places");
    }

    private void upload(Path file) {
        browser.find("#uploadForm\\:file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("#uploadForm\\:check");
    }

    private void addQuote(String text) {
        browser.type("#quoteForm\\:quoteText", text);
        browser.clickAndWait("#quoteForm\\:addQuote");
        assertTrue(browser.text("#page-messages").contains("Citatet är sparat."));
    }

    private void openQuote(int index) {
        WebElement link = browser.findAll(".quote-list a[id$='openQuote']").get(index);
        WebElement old = browser.find("html");
        link.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old));
        assertEquals("Citat", browser.text("h1"));
    }

    /** Ticks the checkbox whose label is {@code label} in a selectManyCheckbox. */
    private void tick(String group, String label) {
        WebElement box = browser.find(group).findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
        WebElement input = browser.driver().findElement(By.id(box.getAttribute("for")));
        if (!input.isSelected()) {
            input.click();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
