package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stjarnbild.webapp.it.browser.Keyboard.focusWindow;
import static se.stjarnbild.webapp.it.browser.Keyboard.focused;
import static se.stjarnbild.webapp.it.browser.Keyboard.press;
import static se.stjarnbild.webapp.it.browser.Keyboard.setValue;
import static se.stjarnbild.webapp.it.browser.Keyboard.tabTo;
import static se.stjarnbild.webapp.it.browser.Keyboard.tabToLabel;
import static se.stjarnbild.webapp.it.browser.Keyboard.tick;
import static se.stjarnbild.webapp.it.browser.Keyboard.type;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * Journeys done with the keyboard alone: the skip link, logging in, a reference-group member
 * answering their feedback page (radio buttons with the arrow keys, text, save), registering for an
 * open meeting and cancelling by the personal link. Every element
 * reached shows a visible focus outline; no key press ever needs the mouse.
 */
@ExtendWith(SharedServer.Start.class)
class KeyboardJourneyIT {

    private final RunningServer server = SharedServer.current();

    @Test
    void logInWithTheKeyboardAloneStartingFromTheSkipLink() {
        try (Browser browser = Browser.open()) {
            browser.go(server.url("login.xhtml"));
            focusWindow(browser);
            press(browser, Keys.TAB);
            assertTrue(focused(browser).getAttribute("class").contains("skip-link"), "the first Tab reaches the skip link");
            press(browser, Keys.ENTER);
            assertEquals("main", focused(browser).getAttribute("id"), "the skip link moves focus to the content");
            tabTo(browser, "#loginForm\\:username");
            type(browser, "handlaggare");
            tabTo(browser, "#loginForm\\:password");
            type(browser, DemoCatalog.DEMO_PASSWORD);
            press(browser, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !browser.path().endsWith("login.xhtml"));
            assertEquals(DemoCatalog.CAMPAIGN_NAME, browser.text("h1"));
        }
    }

    @Test
    void aMemberAnswersTheFeedbackPageWithTheKeyboardAlone() {
        String name = "Tangent " + Long.toString(System.nanoTime(), 36);
        String link;
        try (Browser staff = Browser.open()) {
            staff.go(server.url("login.xhtml"));
            staff.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
            staff.go(server.url("referencegroups/member.xhtml"));
            staff.type("#memberForm\\:name", name);
            staff.type("#memberForm\\:postalAddress", "Storgatan 1\n835 80 Ås");
            tick(staff, "Ås/Krokom/Näskott");
            staff.find("#memberForm\\:consentGiven").click();
            new org.openqa.selenium.support.ui.Select(staff.find("#memberForm\\:recruitedHow")).selectByIndex(1);
            staff.clickAndWait("#memberForm\\:save");
            staff.go(server.url("referencegroups/rounds.xhtml"));
            staff.type("#roundForm\\:title", "Tangentbordsrundan " + name);
            tick(staff, "Ås/Krokom/Näskott");
            tick(staff, "Mathantverk i byarna (demo)");
            staff.clickAndWait("#roundForm\\:open");
            staff.go(staff.find("#actionsForm\\:letters").getAttribute("href"));
            link = staff.driver().findElement(org.openqa.selenium.By.xpath(
                    "//article[contains(@class, 'letter')][contains(., '" + name + "')]//code")).getText();
        }
        try (Browser member = Browser.open()) {
            member.go(server.url(link.substring(link.indexOf("public/"))));
            focusWindow(member);
            tabTo(member, "input[name='feedbackForm:stars:0:truth']");
            press(member, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            assertEquals("3", focused(member).getAttribute("value"), "arrow keys move through 'don't know', 1, 2, 3");
            assertTrue(focused(member).isSelected());
            tabTo(member, "#feedbackForm\\:stars\\:0\\:comment");
            type(member, "Skrivet med tangentbordet");
            tabTo(member, "#feedbackForm\\:save");
            press(member, Keys.ENTER);
            new WebDriverWait(member.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> member.text(".messages").contains("sparade"));
            assertEquals("Skrivet med tangentbordet", member.find("#feedbackForm\\:stars\\:0\\:comment").getAttribute("value"));
            assertTrue(member.find("input[name='feedbackForm:stars:0:truth'][value='3']").isSelected());
        }
    }

    @Test
    void someoneRegistersForAnOpenMeetingAndCancelsWithTheKeyboardAlone() {
        String title = "Tangentmöte " + Long.toString(System.nanoTime(), 36);
        String day = java.time.LocalDate.now().plusDays(60 + (int) (System.nanoTime() % 200)).toString();
        try (Browser organiser = Browser.open()) {
            organiser.go(server.url("login.xhtml"));
            organiser.logIn("organisator", DemoCatalog.DEMO_PASSWORD);
            organiser.go(server.url("meetings/meeting-edit.xhtml"));
            organiser.type("#meetingForm\\:title", title);
            setValue(organiser, "#meetingForm\\:date", day);
            setValue(organiser, "#meetingForm\\:start", "06:10");
            setValue(organiser, "#meetingForm\\:end", "07:10");
            organiser.type("#meetingForm\\:onlineLink", "https://example.se/tangentmote");
            tick(organiser, "Olle Organisatör (demo)");
            organiser.clickAndWait("#meetingForm\\:save");
            assertEquals("/meetings/meeting.xhtml", organiser.path(), organiser.text("main"));
        }
        try (Browser person = Browser.open()) {
            person.go(server.url("public/meetings.xhtml"));
            focusWindow(person);
            tabToLabel(person, title);
            String href = focused(person).getAttribute("href");
            press(person, Keys.ENTER);
            new WebDriverWait(person.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("register.xhtml"));
            assertTrue(href.contains("register.xhtml"), href);
            tabTo(person, "#registerForm\\:name");
            type(person, "Tangent Tangentsson");
            tabTo(person, "#registerForm\\:email");
            type(person, "tangent@example.se");
            tabTo(person, "#registerForm\\:consent");
            press(person, Keys.SPACE);
            assertTrue(focused(person).isSelected(), "space ticks the consent box");
            tabTo(person, "#registerForm\\:register");
            press(person, Keys.ENTER);
            new WebDriverWait(person.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> person.text("#receipt").contains("anmäld"));

            tabTo(person, "#personalLink");
            press(person, Keys.ENTER);
            new WebDriverWait(person.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("registration.xhtml"));
            tabTo(person, "#cancelDetails summary");
            press(person, Keys.ENTER);
            tabTo(person, "#cancelForm\\:confirmCancel");
            press(person, Keys.ENTER);
            new WebDriverWait(person.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> !person.findAll("#cancelledNotice").isEmpty());
            assertEquals("Avanmäld", person.text("#status"));
        }
    }
}
