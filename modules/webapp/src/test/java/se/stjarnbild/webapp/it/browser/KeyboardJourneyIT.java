package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * Journeys done with the keyboard alone: the skip link, logging in, and a reference-group member
 * answering their feedback page (radio buttons with the arrow keys, text, save). Every element
 * reached shows a visible focus outline; no key press ever needs the mouse.
 */
@ExtendWith(SharedServer.Start.class)
class KeyboardJourneyIT {

    private static final int MAX_TABS = 150;

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

    /** Presses Tab until an element whose accessible label contains {@code text} has focus. */
    private static void tabToLabel(Browser b, String text) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(b, Keys.TAB);
            if (String.valueOf(focused(b).getAttribute("aria-label")).contains(text)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached a link labelled with " + text);
    }

    private static void setValue(Browser b, String css, String value) {
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];", b.find(css), value);
    }

    /**
     * A headless browser window never has the system's focus, so :focus-visible would not match;
     * Chrome's focus emulation makes the page behave as the focused window a person would have.
     */
    private static void focusWindow(Browser b) {
        ((org.openqa.selenium.chromium.HasCdp) b.driver()).executeCdpCommand("Emulation.setFocusEmulationEnabled",
                java.util.Map.of("enabled", true));
    }

    /** Setting up with the mouse is fine: only the member's part is done with the keyboard. */
    private static void tick(Browser b, String label) {
        var box = b.driver().findElement(org.openqa.selenium.By.xpath("//label[starts-with(normalize-space(), '" + label + "')]"));
        var input = b.driver().findElement(org.openqa.selenium.By.id(box.getAttribute("for")));
        if (!input.isSelected()) {
            input.click();
        }
    }

    private static void press(Browser b, CharSequence... keys) {
        for (CharSequence key : keys) {
            new Actions(b.driver()).sendKeys(key).perform();
        }
    }

    private static void type(Browser b, String text) {
        new Actions(b.driver()).sendKeys(text).perform();
    }

    private static WebElement focused(Browser b) {
        return b.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element is focused; every element passed on the way must show a focus outline. */
    private static void tabTo(Browser b, String css) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(b, Keys.TAB);
            WebElement now = focused(b);
            String outline = (String) ((JavascriptExecutor) b.driver()).executeScript(
                    "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth + ' focus=' "
                    + "+ arguments[0].matches(':focus') + ' visible=' + arguments[0].matches(':focus-visible') + ' rules=' + Array.from(document.styleSheets).flatMap(sh => { try { return Array.from(sh.cssRules); } catch (e) { return []; } })"
                    + ".filter(r => r.style && r.style.outlineStyle !== '' && r.selectorText && arguments[0].matches(r.selectorText))"
                    + ".map(r => r.selectorText + ' {' + r.style.outline + '}').join(' | ');", now);
            assertTrue(!outline.startsWith("none"), outline + ": visible focus on " + now.getTagName() + "#" + now.getAttribute("id"));
            if ((Boolean) ((JavascriptExecutor) b.driver()).executeScript("return arguments[0].matches(arguments[1]);", now, css)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
