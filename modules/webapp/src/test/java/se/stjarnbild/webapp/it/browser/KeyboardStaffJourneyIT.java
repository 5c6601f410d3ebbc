package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stjarnbild.webapp.it.browser.Keyboard.focusWindow;
import static se.stjarnbild.webapp.it.browser.Keyboard.focused;
import static se.stjarnbild.webapp.it.browser.Keyboard.press;
import static se.stjarnbild.webapp.it.browser.Keyboard.tabTo;
import static se.stjarnbild.webapp.it.browser.Keyboard.type;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * The staff journeys with the keyboard alone: record an interview and code its quote with a theme;
 * schedule a meeting that collides with another and keep it with a reason; generate the decision
 * document and freeze the version. Tab, typing, Space, arrow keys and Enter only — each element
 * passed shows its focus — after opening the page by its address.
 */
@ExtendWith(SharedServer.Start.class)
class KeyboardStaffJourneyIT {

    private final RunningServer server = SharedServer.current();
    private final String nonce = Long.toString(System.nanoTime(), 36);

    @Test
    void recordAnInterviewAndCodeItsQuoteWithTheKeyboardAlone() {
        try (Browser staff = loggedIn("handlaggare")) {
            staff.go(server.url("dialogue/interview.xhtml"));
            focusWindow(staff);
            tabTo(staff, "#interviewForm\\:date");
            Keyboard.typeDate(staff, "2026-07-16");
            tabTo(staff, "#interviewForm\\:district");
            type(staff, "Hotagen");
            tabTo(staff, "#interviewForm\\:interviewer");
            type(staff, "Tangent " + nonce);
            tabTo(staff, "#interviewForm\\:consentGiven");
            press(staff, Keys.SPACE);
            tabTo(staff, "#interviewForm\\:consentDate");
            Keyboard.typeDate(staff, "2026-07-16");
            tabTo(staff, "#interviewForm\\:save");
            press(staff, Keys.ENTER);
            waitFor(staff, () -> staff.path().equals("/dialogue/interviews.xhtml"));
            assertTrue(staff.text("#page-messages").contains("Intervjun är sparad."), staff.text("main"));

            staff.go(staff.driver().findElement(By.xpath("//tr[contains(., 'Tangent " + nonce + "')]//a[contains(@id, 'dateLink')]"))
                    .getAttribute("href"));
            assertEquals("Tangent " + nonce, staff.find("#interviewForm\\:interviewer").getAttribute("value"));
            tabTo(staff, "#quoteForm\\:quoteText");
            type(staff, "Älven här är det vackraste jag vet " + nonce);
            tabTo(staff, "#quoteForm\\:addQuote");
            press(staff, Keys.ENTER);
            waitFor(staff, () -> staff.text("#page-messages").contains("Citatet är sparat."));

            tabTo(staff, ".quote-list a[href*='quote.xhtml']");
            press(staff, Keys.ENTER);
            waitFor(staff, () -> staff.path().equals("/dialogue/quote.xhtml"));
            tabTo(staff, "#themesForm input[type='checkbox']");
            String theme = staff.driver().findElement(By.cssSelector("label[for='" + focused(staff).getAttribute("id") + "']")).getText();
            press(staff, Keys.SPACE);
            assertTrue(focused(staff).isSelected(), "Space ticks the theme");
            tabTo(staff, "#themesForm\\:saveThemes");
            press(staff, Keys.ENTER);
            waitFor(staff, () -> staff.text("#page-messages").length() > 0);
            assertTrue(staff.driver().findElement(By.xpath("//label[normalize-space()='" + theme + "']/preceding-sibling::input"
                    + " | //label[normalize-space()='" + theme + "']/../input")).isSelected(), "the coding is saved: " + theme);
        }
    }

    @Test
    void scheduleAMeetingThatCollidesAndKeepItWithAReasonWithTheKeyboardAlone() {
        String day = java.time.LocalDate.now().plusDays(90 + Math.floorMod(System.nanoTime(), 150)).toString();
        try (Browser organiser = loggedIn("organisator")) {
            // the meeting it will collide with, set up the quick way
            organiser.go(server.url("meetings/meeting-edit.xhtml"));
            organiser.type("#meetingForm\\:title", "Först " + nonce);
            Keyboard.setValue(organiser, "#meetingForm\\:date", day);
            Keyboard.setValue(organiser, "#meetingForm\\:start", "05:00");
            Keyboard.setValue(organiser, "#meetingForm\\:end", "06:00");
            new org.openqa.selenium.support.ui.Select(organiser.find("#meetingForm\\:venue")).selectByVisibleText("Föllinge folkets hus (demo)");
            Keyboard.tick(organiser, "Olle Organisatör (demo)");
            organiser.clickAndWait("#meetingForm\\:save");
            assertEquals("/meetings/meeting.xhtml", organiser.path(), organiser.text("main"));

            organiser.go(server.url("meetings/meeting-edit.xhtml"));
            focusWindow(organiser);
            tabTo(organiser, "#meetingForm\\:title");
            type(organiser, "Tangentkrock " + nonce);
            tabTo(organiser, "#meetingForm\\:date");
            Keyboard.typeDate(organiser, day);
            tabTo(organiser, "#meetingForm\\:start");
            Keyboard.typeTime(organiser, "05:30");
            tabTo(organiser, "#meetingForm\\:end");
            Keyboard.typeTime(organiser, "06:30");
            tabTo(organiser, "#meetingForm\\:venue");
            type(organiser, "Föllinge");
            tabTo(organiser, "input[type='checkbox'][id^='meetingForm:organisers']");
            while (!organiser.driver().findElement(By.cssSelector("label[for='" + focused(organiser).getAttribute("id") + "']"))
                    .getText().equals("Olle Organisatör (demo)")) {
                press(organiser, Keys.TAB);
            }
            press(organiser, Keys.SPACE);
            tabTo(organiser, "#meetingForm\\:save");
            press(organiser, Keys.ENTER);
            waitFor(organiser, () -> organiser.text("#conflictList").contains("Först " + nonce));
            tabTo(organiser, "#meetingForm\\:overrideReason");
            type(organiser, "Vi delar salen, tangentbordet bestämde");
            tabTo(organiser, "#meetingForm\\:save");
            press(organiser, Keys.ENTER);
            waitFor(organiser, () -> organiser.path().equals("/meetings/meeting.xhtml"));
            assertTrue(organiser.text("main").contains("Vi delar salen, tangentbordet bestämde"), "the reason is kept");
        }
    }

    @Test
    void generateTheDecisionDocumentAndFreezeItWithTheKeyboardAlone() {
        try (Browser secretary = loggedIn("sekreterare")) {
            secretary.go(server.url("reporting/index.xhtml"));
            focusWindow(secretary);
            tabTo(secretary, "#draftForm\\:registryNumber");
            press(secretary, Keys.END);
            for (int i = 0; i < 40; i++) {
                press(secretary, Keys.BACK_SPACE);
            }
            type(secretary, "KS 2026/" + (100 + Math.floorMod(System.nanoTime(), 900)));
            tabTo(secretary, "input[type='checkbox'][id^='draftForm:stars']");
            if (!focused(secretary).isSelected()) {
                press(secretary, Keys.SPACE);
            }
            tabTo(secretary, "#draftForm\\:generate");
            press(secretary, Keys.ENTER);
            waitFor(secretary, () -> secretary.path().equals("/reporting/versions.xhtml"));
            assertTrue(secretary.text(".messages").contains("är skapad"), secretary.text("main"));

            tabTo(secretary, "#versions tbody tr:first-child details summary");
            press(secretary, Keys.ENTER);
            tabTo(secretary, "#versionsForm\\:rows\\:0\\:freeze");
            press(secretary, Keys.ENTER);
            waitFor(secretary, () -> secretary.text("#versions tbody tr").contains("Fryst"));
        }
    }

    private Browser loggedIn(String user) {
        Browser browser = Browser.open();
        browser.go(server.url("login.xhtml"));
        browser.logIn(user, DemoCatalog.DEMO_PASSWORD);
        return browser;
    }

    private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class).ignoring(org.openqa.selenium.WebDriverException.class).ignoring(NoSuchElementException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Waited in vain on " + browser.path() + ": " + browser.findAll(".field-error, .msg, #conflictList")
                    .stream().map(org.openqa.selenium.WebElement::getText).filter(t -> !t.isBlank()).toList(), e);
        }
    }
}
