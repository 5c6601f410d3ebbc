package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * The open meeting's presentation in two browsers: the projector (an organiser, stepping with the
 * keyboard) and a phone that joins by the short link without an account. The phone's answer
 * appears on the projector without a reload, and the phone follows when the projector moves on.
 */
@ExtendWith(SharedServer.Start.class)
class LiveReactionJourneyIT {

    private final RunningServer server = SharedServer.current();

    @Test
    void aPhoneAnswersTheStarOnScreenAndTheProjectorShowsItWithoutReloading() {
        try (Browser projector = Browser.open(); Browser phone = Browser.open()) {
            projector.go(server.url("login.xhtml"));
            projector.logIn("organisator", DemoCatalog.DEMO_PASSWORD);
            openPresentation(projector);
            if (!projector.findAll("#startForm\\:start").isEmpty()) {
                projector.assertNoSeriousAccessibilityViolations("presentation before start");
                projector.clickAndWait("#startForm\\:start");
            }
            String code = projector.text("#joinCode");
            assertTrue(code.matches("[A-Z2-9]{6}"), code);
            assertTrue(projector.text("#shortLink").endsWith("/r/" + code), projector.text("#shortLink"));
            assertFalse(projector.findAll("svg.qr").isEmpty(), "a QR code to the short link");
            projector.assertNoSeriousAccessibilityViolations("presentation");

            // Step to the first star with the keyboard, as a clicker would (Page Up).
            for (int i = 0; i < 20 && !projector.text(".controls .position").startsWith("1 /"); i++) {
                String at = projector.text(".controls .position");
                press(projector, Keys.PAGE_UP);
                waitFor(projector, () -> !projector.text(".controls .position").equals(at));
            }
            String star = projector.text("#star-title");
            long before = Long.parseLong(projector.text("[data-field='total']"));
            ((JavascriptExecutor) projector.driver()).executeScript("window.notReloaded = true;");

            phone.driver().manage().window().setSize(new Dimension(390, 844));
            phone.go(server.url("r/" + code.toLowerCase()));
            assertEquals("/public/react.xhtml", phone.path());
            assertEquals(star, phone.text("#star"), "the phone shows the star on the projector");
            phone.assertNoSeriousAccessibilityViolations("reaction page on a phone");
            phone.type("#sentence", "Osten här är det bästa jag vet");
            phone.clickAndWait("#send");
            assertTrue(phone.text("#outcome").contains("Välj ett av svaren"), "no answer chosen: " + phone.text("#outcome"));
            assertEquals("Osten här är det bästa jag vet", phone.find("#sentence").getAttribute("value"),
                    "what was typed is still there after the refusal");
            phone.find("label[for='score-4']").click();
            phone.clickAndWait("#send");
            assertEquals("Tack! Ditt svar är räknat.", phone.text("#outcome"));
            assertTrue(phone.text("#answered").contains("räknat"), "the form is gone for this star");

            waitFor(projector, () -> Long.parseLong(projector.text("[data-field='total']")) == before + 1);
            projector.screenshot("presentation-1280");
            phone.screenshot("react-phone-390");
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) projector.driver()).executeScript("return window.notReloaded === true;"),
                    "the projector updated without reloading");

            int slides = Integer.parseInt(projector.text(".controls .position").replaceAll(".*/\\s*", "").trim());
            if (slides > 1) {
                press(projector, Keys.ARROW_RIGHT);
                waitFor(projector, () -> projector.text(".controls .position").startsWith("2 /"));
                String next = projector.text("#star-title");
                waitFor(phone, () -> phone.text("#star").equals(next));
                assertFalse(phone.findAll("#reactForm").isEmpty(), "a new star can be answered");

                projector.find("#controls\\:previous").sendKeys(Keys.ENTER);
                waitFor(projector, () -> projector.text(".controls .position").startsWith("1 /"));
                waitFor(projector, () -> String.valueOf(projector.driver().switchTo().activeElement().getAttribute("id"))
                        .startsWith("controls:"));
            }
        }
    }

    /** Opens the projector view from the first meeting page that offers it. */
    private void openPresentation(Browser projector) {
        projector.go(server.url("meetings/index.xhtml"));
        List<String> meetings = projector.findAll("a[href*='meeting.xhtml?id=']").stream()
                .map(a -> a.getAttribute("href")).distinct().toList();
        for (String meeting : meetings) {
            projector.go(meeting);
            if (!projector.findAll("#present").isEmpty()) {
                projector.clickAndWait("#present");
                assertEquals("/dialogue/present.xhtml", projector.path());
                return;
            }
        }
        throw new AssertionError("no meeting offers a presentation among " + meetings);
    }

    private static void press(Browser browser, Keys key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.getAsBoolean());
    }
}
