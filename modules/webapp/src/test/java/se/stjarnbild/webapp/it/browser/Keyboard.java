package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Driving a page with the keyboard alone, for the keyboard journeys: Tab until an element has
 * focus (every element passed must show a focus outline), type, press keys. Setting up with the
 * mouse ({@link #tick}, {@link #setValue}) is only for the parts of a test that are not the journey.
 */
final class Keyboard {

    static final int MAX_TABS = 150;

    private Keyboard() {
    }

    /**
     * A headless browser window never has the system's focus, so :focus-visible would not match;
     * Chrome's focus emulation makes the page behave as the focused window a person would have.
     */
    static void focusWindow(Browser b) {
        ((org.openqa.selenium.chromium.HasCdp) b.driver()).executeCdpCommand("Emulation.setFocusEmulationEnabled",
                java.util.Map.of("enabled", true));
    }

    /** Setting up with the mouse is fine: only the member's part is done with the keyboard. */
    static void tick(Browser b, String label) {
        var box = b.driver().findElement(org.openqa.selenium.By.xpath("//label[starts-with(normalize-space(), '" + label + "')]"));
        var input = b.driver().findElement(org.openqa.selenium.By.id(box.getAttribute("for")));
        if (!input.isSelected()) {
            input.click();
        }
    }

    static void press(Browser b, CharSequence... keys) {
        for (CharSequence key : keys) {
            new Actions(b.driver()).sendKeys(key).perform();
        }
    }

    static void type(Browser b, String text) {
        new Actions(b.driver()).sendKeys(text).perform();
    }

    static WebElement focused(Browser b) {
        return b.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element is focused; every element passed on the way must show a focus outline. */
    static void tabTo(Browser b, String css) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(b, Keys.TAB);
            if (focusedIs(b, css, 3)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }

    /**
     * Whether the focused element matches {@code css}, after checking it shows its focus; an ajax
     * update may replace the element under the focus meanwhile, so a vanished element is looked at again.
     */
    private static boolean focusedIs(Browser b, String css, int tries) {
        try {
            WebElement now = focused(b);
            String outline = outlineOf(b, now);
            // Chrome's date and time fields take focus in their own parts (day, month, year) and mark
            // the part that has it; the field itself does not match :focus, so its outline is not the sign.
            boolean parts = java.util.Set.of("date", "time", "datetime-local").contains(String.valueOf(now.getAttribute("type")));
            assertTrue(parts || !outline.startsWith("none"), outline + ": visible focus on " + now.getTagName() + "#" + now.getAttribute("id"));
            return reached(b, now, css);
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            if (tries <= 0) {
                throw replaced;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return focusedIs(b, css, tries - 1);
        }
    }

    /** The focused element's outline, with the style rules that set it (to name the culprit when it is none). */
    private static String outlineOf(Browser b, WebElement element) {
        return (String) ((JavascriptExecutor) b.driver()).executeScript(
                "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth + ' focus=' "
                + "+ arguments[0].matches(':focus') + ' visible=' + arguments[0].matches(':focus-visible') + ' rules=' + Array.from(document.styleSheets).flatMap(sh => { try { return Array.from(sh.cssRules); } catch (e) { return []; } })"
                + ".filter(r => r.style && r.style.outlineStyle !== '' && r.selectorText && arguments[0].matches(r.selectorText))"
                + ".map(r => r.selectorText + ' {' + r.style.outline + '}').join(' | ');", element);
    }

    private static boolean reached(Browser b, WebElement now, String css) {
        return (Boolean) ((JavascriptExecutor) b.driver()).executeScript("return arguments[0].matches(arguments[1]);", now, css);
    }

    /**
     * Types a date into the focused date field as a person does: its digits in the order the
     * browser's date field shows the parts (a Swedish browser year-month-day; the test machine's
     * Chromium shows the parts as its system locale says, often month/day/year), then checks it.
     */
    static void typeDate(Browser b, String isoDate) {
        String[] p = isoDate.split("-");
        type(b, usParts(b) ? p[1] + p[2] + p[0] : p[0] + p[1] + p[2]);
        String value = focused(b).getAttribute("value");
        assertTrue(isoDate.equals(value), "typed " + isoDate + " but the field holds " + value);
    }

    /** Types a time (HH:mm) into the focused time field, with AM/PM where the browser shows a 12-hour clock. */
    static void typeTime(Browser b, String time) {
        String[] p = time.split(":");
        if (usParts(b)) {
            int hour = Integer.parseInt(p[0]);
            int twelve = hour % 12 == 0 ? 12 : hour % 12;
            type(b, String.format("%02d%s%s", twelve, p[1], hour < 12 ? "A" : "P"));
        } else {
            type(b, p[0] + p[1]);
        }
        String value = focused(b).getAttribute("value");
        assertTrue(time.equals(value), "typed " + time + " but the field holds " + value);
    }

    private static boolean usParts(Browser b) {
        return String.valueOf(((JavascriptExecutor) b.driver()).executeScript(
                "return Intl.DateTimeFormat().resolvedOptions().locale;")).startsWith("en-US");
    }

    /** Presses Tab until an element whose accessible label contains {@code text} has focus. */
    static void tabToLabel(Browser b, String text) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(b, Keys.TAB);
            if (String.valueOf(focused(b).getAttribute("aria-label")).contains(text)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached a link labelled with " + text);
    }

    static void setValue(Browser b, String css, String value) {
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];", b.find(css), value);
    }
}
