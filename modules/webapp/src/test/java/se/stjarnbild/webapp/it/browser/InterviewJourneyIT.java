package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.stjarnbild.webapp.demo.DemoCatalog;

/** Staff record, find and remove an interview on the real pages. */
@ExtendWith(SharedServer.Start.class)
class InterviewJourneyIT {

    private final RunningServer server = SharedServer.current();

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
    void staffRecordAnInterviewFindItWithTheFiltersAndDeleteItAfterConfirming() {
        String interviewer = "Ida Intervjuare " + Long.toString(System.nanoTime(), 36);
        browser.go(server.url("dialogue/index.xhtml"));
        browser.clickAndWait("#toInterviews");
        browser.clickAndWait("#newInterview");

        browser.clickAndWait("#interviewForm\\:save");
        assertEquals("Fyll i datumet då intervjun gjordes.", browser.text("#interviewForm\\:date-error"));
        assertEquals("Välj vilken kommundel intervjun gjordes i.", browser.text("#interviewForm\\:district-error"));
        assertEquals("Fyll i vem som gjorde intervjun.", browser.text("#interviewForm\\:interviewer-error"));
        assertTrue(browser.text("#page-messages").contains("Intervjun kunde inte sparas"));

        setDate("#interviewForm\\:date", "2099-07-15");
        browser.type("#interviewForm\\:interviewer", interviewer);
        new Select(browser.find("#interviewForm\\:district")).selectByVisibleText("Föllinge/Laxsjö");
        // the ajax update replaces the field while the wait reads it: a read of the old one is retried
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("interviewForm:village"), "Skärvången"));
        new Select(browser.find("#interviewForm\\:village")).selectByVisibleText("Skärvången");
        new Select(browser.find("#interviewForm\\:place")).selectByVisibleText("Skärvångens bymejeri");
        browser.clickAndWait("#interviewForm\\:save");
        assertEquals("Datumet ligger i framtiden. Skriv dagen då intervjun gjordes.", browser.text("#interviewForm\\:date-error"));
        assertEquals(interviewer, browser.find("#interviewForm\\:interviewer").getAttribute("value"), "what was typed is kept");

        setDate("#interviewForm\\:date", "2026-07-15");
        browser.type("#interviewForm\\:homeRegion", "Stockholm");
        browser.find("#interviewForm\\:consentGiven").click();
        setDate("#interviewForm\\:consentDate", "2026-07-15");
        browser.clickAndWait("#interviewForm\\:save");

        assertEquals("/dialogue/interviews.xhtml", browser.path());
        assertTrue(browser.text("#page-messages").contains("Intervjun är sparad."));
        String list = browser.text("#listForm");
        assertTrue(list.contains(interviewer) && list.contains("15 juli 2026") && list.contains("Skärvångens bymejeri"), list);
        browser.assertNoSeriousAccessibilityViolations("interview list");
        browser.screenshot("interviews-sv-1280");

        browser.type("#filterForm\\:interviewer", interviewer);
        browser.clickAndWait("#filterForm\\:apply");
        browser.clickAndWait("#listForm\\:interviews\\:0\\:dateLink");
        assertEquals(interviewer, browser.find("#interviewForm\\:interviewer").getAttribute("value"), "our own interview");
        browser.clickAndWait("#quoteForm\\:addQuote");
        assertEquals("Skriv citatet. Det som skrevs innehöll ingen text.", browser.text("#quoteForm\\:quoteText-error"));
        browser.type("#quoteForm\\:quoteText", "alla som gillar ost känner till Skärvångens bymejeri");
        new Select(browser.find("#quoteForm\\:attribution")).selectByVisibleText("Platsen får nämnas");
        browser.clickAndWait("#quoteForm\\:addQuote");
        assertTrue(browser.text("#page-messages").contains("Citatet är sparat."));
        browser.type("#quoteForm\\:quoteText", "<script>document.title='x'</script>Osten är <b>så</b> god & färsk");
        browser.clickAndWait("#quoteForm\\:addQuote");
        assertEquals(java.util.List.of("alla som gillar ost känner till Skärvångens bymejeri", "Osten är så god & färsk"),
                browser.findAll(".quote-list blockquote").stream().map(e -> e.getText()).toList());
        assertFalse(browser.driver().getTitle().equals("x"), "no script ran");
        browser.find("#interviewForm\\:consentGiven").click();
        browser.clickAndWait("#interviewForm\\:save");
        assertTrue(browser.text("#interviewForm\\:consentGiven-error").contains("intervjun har 2 citat"),
                "removing consent from an interview with quotes says why it is refused: " + browser.text("main"));
        browser.go(browser.driver().getCurrentUrl());
        assertTrue(browser.find("#interviewForm\\:consentGiven").isSelected(), "consent still recorded");
        browser.assertNoSeriousAccessibilityViolations("interview with quotes");
        String leave = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        assertEquals(Boolean.FALSE, js.executeScript(leave), "nothing typed in the interview: leaving asks nothing");
        browser.type("#interviewForm\\:notes", "Ändrad men inte sparad");
        assertEquals(Boolean.TRUE, js.executeScript(leave), "typed in the interview and not saved: leaving asks first");
        browser.clickAndWait("#interviewForm\\:cancel"); // cancel means discard: no question
        assertTrue(browser.text("#listForm").contains(interviewer));

        new Select(browser.find("#filterForm\\:district")).selectByVisibleText("Hotagen");
        browser.clickAndWait("#filterForm\\:apply");
        assertFalse(browser.text("#listForm").contains(interviewer), "filtered out by district");
        browser.clickAndWait("#filterForm\\:clear");
        browser.type("#filterForm\\:interviewer", interviewer.substring(4).toUpperCase());
        browser.clickAndWait("#filterForm\\:apply");
        assertTrue(browser.text("#listForm").contains(interviewer), "found by part of the name");

        browser.find("#listForm\\:interviews\\:0\\:delete").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:confirmNo")));
        assertTrue(browser.text(".ui-confirm-dialog").contains("Intervjun från 15 juli 2026 tas bort, och med den 2 citat."),
                browser.text(".ui-confirm-dialog"));
        browser.find("#listForm\\:confirmNo").click();
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.cssSelector(".ui-confirm-dialog, .ui-widget-overlay, .ui-dialog-mask")).stream().noneMatch(e -> e.isDisplayed()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.findAll(".ui-confirm-dialog, .ui-widget-overlay, .ui-dialog-mask").stream()
                    .filter(x -> x.isDisplayed()).map(x -> x.getTagName() + "." + x.getAttribute("class") + " " + x.getAttribute("id")).toList().toString());
        }
        assertTrue(browser.text("#listForm").contains(interviewer), "keeping it keeps it");

        browser.find("#listForm\\:interviews\\:0\\:delete").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:confirmYes")));
        browser.clickAndWait("#listForm\\:confirmYes");
        assertTrue(browser.text("#page-messages").contains("Intervjun från 15 juli 2026 är borttagen, och med den 2 citat."),
                browser.text("#page-messages"));
        assertFalse(browser.text("#listForm").contains(interviewer));
    }

    @Test
    void staffFindAQuoteByItsWordsAndOpenItsInterview() {
        browser.go(server.url("dialogue/index.xhtml"));
        browser.clickAndWait("#toQuotes");
        assertTrue(browser.text("#listForm").contains("alla som gillar ost känner till Skärvångens bymejeri"));
        browser.type("#filterForm\\:words", "fiskevänner i stockholm");
        browser.clickAndWait("#filterForm\\:apply");
        String list = browser.text("#listForm");
        assertTrue(list.contains("mina fiskevänner i Stockholm vet var Hotagsströmmen är"), list);
        assertFalse(list.contains("Skärvångens bymejeri"), list);
        browser.assertNoSeriousAccessibilityViolations("quote list");
        browser.clickAndWait("#listForm\\:quotes\\:0\\:interviewLink");
        assertEquals("Ändra intervju", browser.text("h1"));
        assertTrue(browser.text(".quote-list").contains("mina fiskevänner i Stockholm vet var Hotagsströmmen är"));
    }

    private void setDate(String css, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css), isoDate);
    }
}
