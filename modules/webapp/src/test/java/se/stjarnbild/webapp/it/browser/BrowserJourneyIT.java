package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stjarnbild.webapp.demo.DemoCatalog;

/** Staff journeys in real Chromium against the running product, in Swedish and English. */
@ExtendWith(SharedServer.Start.class)
class BrowserJourneyIT {

    private final RunningServer server = SharedServer.current();

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void staffLogInInSwedishSeeTheDashboardSwitchToEnglishAndLogOut() {
        browser.go(server.url(""));
        assertEquals("/login.xhtml", browser.path());
        assertEquals("sv", browser.lang());
        assertEquals("Logga in", browser.text("h1"));
        browser.assertNoSeriousAccessibilityViolations("login page (sv)");
        browser.screenshot("login-sv-1280");

        String anonymousSession = browser.sessionCookie();
        browser.logIn("admin", DemoCatalog.DEMO_PASSWORD);

        assertEquals("/", browser.path());
        assertEquals(DemoCatalog.CAMPAIGN_NAME, browser.text("h1"));
        assertNotNull(browser.sessionCookie());
        assertNotEquals(anonymousSession, browser.sessionCookie(), "the session id changes at login");
        int year = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
        String timeline = browser.text(".timeline");
        assertTrue(timeline.contains("Öppna möten") && timeline.contains("8–9 oktober " + year), timeline);
        assertTrue(timeline.contains("Beslut i kommunstyrelsen"), timeline);
        assertTrue(Integer.parseInt(browser.text("#count-quotes")) >= 3, "the demo's three quotes (other journeys add more)");
        assertTrue(Integer.parseInt(browser.text("#count-interviews")) >= 3, "the demo's three July interviews");
        assertEquals("9", browser.text("#count-groups"));
        assertTrue(browser.text("nav").contains("Administration"), browser.text("nav"));
        browser.assertNoSeriousAccessibilityViolations("dashboard (sv)");
        browser.screenshot("dashboard-sv-1280");

        browser.clickAndWait("#languageForm\\:toEnglish");
        assertEquals("en", browser.lang());
        assertTrue(Set.of("/", "/index.xhtml").contains(browser.path()), browser.path());
        assertTrue(browser.text("nav").contains("Overview"), browser.text("nav"));
        String englishTimeline = browser.text(".timeline");
        assertTrue(englishTimeline.contains("Open meetings") && englishTimeline.contains("8–9 October " + year), englishTimeline);
        browser.assertNoSeriousAccessibilityViolations("dashboard (en)");
        browser.screenshot("dashboard-en-1280");

        browser.clickAndWait("#logoutForm\\:logout");
        assertEquals("/login.xhtml", browser.path());
        assertEquals("Log in", browser.text("h1"), "the language survives logging out");
        assertTrue(browser.text("main").contains("You are logged out."));
        browser.go(server.url(""));
        assertEquals("/login.xhtml", browser.path(), "after logout the dashboard is closed again");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameMessage() {
        browser.go(server.url("login.xhtml"));
        browser.logIn("admin", "fel-lösenord-123");
        String wrongPassword = browser.text("#page-messages");
        assertEquals("/login.xhtml", browser.path());

        browser.logIn("ingen-sadan-person", "fel-lösenord-123");
        String unknownUser = browser.text("#page-messages");

        browser.logIn("", "");
        assertEquals(wrongPassword, browser.text("#page-messages"), "an empty form gets the same message");

        assertEquals("Fel användarnamn eller lösenord. Försök igen.", wrongPassword);
        assertEquals(wrongPassword, unknownUser);
        assertEquals("", browser.find("#loginForm\\:password").getAttribute("value"), "the password is not echoed");
    }

    @Test
    void aStaffPageAskedForBeforeLoginOpensAfterLogin() {
        browser.go(server.url("referencegroups/index.xhtml"));
        assertEquals("/login.xhtml", browser.path());
        browser.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
        assertEquals("/referencegroups/index.xhtml", browser.path());
        String groups = browser.text("table.data");
        for (String name : new String[] {"Ungdomar", "Inflyttare", "Hotagen", "Trångsviken/Alsen/Kluk"}) {
            assertTrue(groups.contains(name), name);
        }
    }

    @Test
    void staffWithoutTheAdminRoleSeeNoAdministrationAndAreRefusedIt() {
        browser.go(server.url("login.xhtml"));
        browser.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
        assertFalse(browser.text("nav").contains("Administration"));
        assertTrue(browser.text("nav").contains("Dialog"));
        assertFalse(browser.text("nav").contains("Möten"), "meetings are for organisers");

        browser.go(server.url("admin/users.xhtml"));
        assertEquals("Ingen behörighet", browser.text("h1"));
        browser.go(server.url("meetings/index.xhtml"));
        assertEquals("Ingen behörighet", browser.text("h1"));
    }

    @Test
    void aListsPaginatorGroupsLargeNumbersAsSwedishWritesThem() {
        browser.go(server.url("login.xhtml"));
        browser.logIn("admin", DemoCatalog.DEMO_PASSWORD);
        browser.go(server.url("admin/users.xhtml"));
        assertTrue(browser.text(".ui-paginator-current").matches("1–\\d+ av \\d+"), browser.text(".ui-paginator-current"));

        // PrimeFaces' paginator rewrites its report with plain digits after each page change, as here.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.ui-paginator-current').textContent = '99976–100000 av 100000';");

        String report = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('.ui-paginator-current').textContent;");
        assertEquals("99\u00a0976–100\u00a0000 av 100\u00a0000", report);
    }

    @Test
    void anAdministratorCreatesAUserAndARefusedFormChangesNothing(TestInfo test) {
        String username = "ny-" + Long.toString(System.nanoTime(), 36);
        browser.go(server.url("login.xhtml"));
        browser.logIn("admin", DemoCatalog.DEMO_PASSWORD);
        browser.go(server.url("admin/users.xhtml"));
        browser.clickAndWait("#newUser");

        browser.type("#userForm\\:username", username);
        browser.type("#userForm\\:displayName", "Nina Ny");
        browser.type("#userForm\\:password", "kort");
        browser.clickAndWait("#userForm\\:save");
        assertEquals("Lösenordet måste ha minst 12 tecken.", browser.text("#userForm\\:password-error"));
        assertTrue(browser.text("#page-messages").contains("Formuläret kunde inte sparas"));
        assertEquals("Nina Ny", browser.find("#userForm\\:displayName").getAttribute("value"), "what was typed is kept");

        browser.go(server.url("admin/users.xhtml"));
        assertFalse(browser.text("#usersForm").contains(username), "nothing was saved");

        AdminPages.createUser(browser, server, username, "Nina Ny", "ett-bra-lösenord-2026");
        assertEquals("/admin/users.xhtml", browser.path());
        assertTrue(browser.text("#page-messages").contains("Användaren " + username + " är skapad."));
        assertTrue(browser.text("#usersForm").contains(username));

        browser.clickAndWait("#logoutForm\\:logout");
        browser.logIn(username, "ett-bra-lösenord-2026");
        assertEquals("/", browser.path(), test.getDisplayName());
        assertTrue(browser.text("header").contains("Nina Ny"));
    }

    @Test
    void aFormPostedAfterTheSessionEndedGetsTheExpiredPage() {
        browser.go(server.url("login.xhtml"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.type("#loginForm\\:username", "admin");
        browser.type("#loginForm\\:password", DemoCatalog.DEMO_PASSWORD);
        browser.clickAndWait("#loginForm\\:submit");
        assertEquals("Sidan har gått ut", browser.text("h1"));
        assertFalse(browser.driver().getPageSource().contains("ViewExpiredException:"));
        assertTrue(browser.find("#openAgain").getAttribute("href").endsWith("/login.xhtml"), "back to the page that expired");

        browser.go(server.url("public/contribute.xhtml"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.type("#contributeForm\\:text", "Skrivet länge");
        browser.clickAndWait("#contributeForm\\:send");
        assertEquals("Sidan har gått ut", browser.text("h1"));
        assertTrue(browser.find("#openAgain").getAttribute("href").endsWith("/public/contribute.xhtml"));
        assertTrue(browser.findAll("main a").stream().noneMatch(a -> a.getAttribute("href").endsWith("/")),
                "a citizen is not sent to the staff overview");
    }

    @Test
    void anUnknownPageIsAFriendlyNotFound() {
        browser.go(server.url("login.xhtml"));
        browser.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
        browser.go(server.url("finns-inte.xhtml"));
        assertEquals("Sidan finns inte", browser.text("h1"));
        assertFalse(browser.driver().getPageSource().contains("Caused by"));

        browser.go(server.url("public/finns-inte.xhtml"));
        assertEquals("Sidan finns inte", browser.text("h1"));
        assertTrue(browser.find("main a.button").getAttribute("href").endsWith("/public/meetings.xhtml"),
                "from a public address, the way on is the public meetings, not the staff login");
    }
}
