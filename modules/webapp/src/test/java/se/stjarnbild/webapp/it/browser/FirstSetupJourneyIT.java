package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A municipality installs the product without demo data: the administrator from configuration
 * sets up the process with its phases, the districts with their villages and the target groups,
 * from the pages alone; every bad input is told beside its field and saves nothing; and nothing
 * that is in use can be deleted, even when it came into use after the page was opened.
 */
class FirstSetupJourneyIT {

    private static final String ADMIN_PASSWORD = "ett-eget-lösenord-för-installation";

    @Test
    void anAdministratorSetsUpTheProcessDistrictsAndTargetGroupsOnAnEmptyInstallation() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("stjarnbild.test.dir", "target/it"))
                .toAbsolutePath()), "setup-data-");
        try (Browser browser = Browser.open();
                RunningServer server = RunningServer.start(dataDir, "setup-server",
                        Map.of("STJARNBILD_DEMO", "false", "STJARNBILD_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            browser.go(server.url("login.xhtml"));
            browser.logIn("admin", ADMIN_PASSWORD);
            assertTrue(browser.text("main").contains("Ingen process är upplagd ännu"), browser.text("main"));

            setUpTheProcess(browser);
            browser.go(server.url(""));
            String overview = browser.text("main");
            assertTrue(overview.contains("1–31 juli 2027") && overview.contains("8–9 oktober 2027")
                    && overview.contains("1–15 december 2027") && !overview.contains("Referensgrupper\nFrån"), overview);
            assertTrue(browser.text("header").contains("Platsvarumärke Krokoms kommun 2027"), "the header names the process at once");

            browser.go(server.url("admin/districts.xhtml"));
            assertTrue(browser.text("#districtTable").contains("Inga kommundelar ännu"));
            addDistrictsAndVillages(browser);

            browser.go(server.url("admin/target-groups.xhtml"));
            browser.type("#targetGroupForm\\:name", "Ungdomar");
            browser.clickAndWait("#targetGroupForm\\:save");
            browser.type("#targetGroupForm\\:name", " UNGDOMAR ");
            browser.clickAndWait("#targetGroupForm\\:save");
            assertEquals("Det finns redan en målgrupp som heter Ungdomar.", browser.text("[id='targetGroupForm:name-error']"));
            browser.type("#targetGroupForm\\:name", "Inflyttare");
            browser.clickAndWait("#targetGroupForm\\:save");
            assertEquals("1 Ungdomar Inget ännu\n2 Inflyttare Inget ännu", rows(browser, "#targetGroupTable"));
            browser.assertNoSeriousAccessibilityViolations("admin/target-groups.xhtml");

            placeInUseIsNotDeleted(browser, server);
            aDistrictThatCameIntoUseMeanwhileIsNotDeleted(browser, server);
            aLastDayLongGoneIsAskedAboutFirst(browser, server);

            browser.go(server.url("admin/target-groups.xhtml"));
            browser.clickAndWait("#languageForm\\:toEnglish");
            browser.go(server.url("admin/districts.xhtml?edit=987654"));
            assertTrue(browser.text("#page-messages").contains("It no longer exists"),
                    "a message added while the page loads is in the chosen language: " + browser.text("#page-messages"));
        }
    }

    private static void setUpTheProcess(Browser browser) {
        browser.clickAndWait("#setUpProcess");
        assertEquals("/admin/process.xhtml", browser.path());
        browser.assertNoSeriousAccessibilityViolations("admin/process.xhtml (new)");
        browser.type("#processForm\\:year", "1999");
        date(browser, "INTERVIEWS-start", "2027-07-31");
        date(browser, "INTERVIEWS-end", "2027-07-01");
        date(browser, "OPEN_MEETINGS-start", "2027-10-08");
        browser.clickAndWait("#processForm\\:save");
        assertEquals("Fyll i ett namn.", browser.text("[id='processForm:name-error']"));
        assertEquals("Fyll i kommunens namn, t.ex. Krokoms kommun.", browser.text("[id='processForm:municipality-error']"));
        assertEquals("Skriv ett år mellan 2000 och 2100.", browser.text("[id='processForm:year-error']"));
        assertEquals("Sista dagen kan inte vara före den första.", browser.text("[id='processForm:INTERVIEWS-end-error']"));
        assertTrue(browser.text("[id='processForm:OPEN_MEETINGS-end-error']").startsWith("Fyll i sista dagen också"));
        assertEquals("1999", browser.find("#processForm\\:year").getAttribute("value"), "what was typed stays");

        browser.type("#processForm\\:name", "Platsvarumärke Krokoms kommun 2027");
        browser.type("#processForm\\:municipality", "Krokoms kommun");
        browser.type("#processForm\\:year", "2027");
        date(browser, "INTERVIEWS-start", "2027-07-01");
        date(browser, "INTERVIEWS-end", "2027-07-31");
        date(browser, "OPEN_MEETINGS-end", "2027-10-09");
        date(browser, "DECISION-start", "2027-12-01");
        date(browser, "DECISION-end", "2027-12-15");
        browser.clickAndWait("#processForm\\:save");
        assertTrue(browser.text("#page-messages").contains("Processen Platsvarumärke Krokoms kommun 2027 är upplagd"),
                browser.text("main"));
        assertEquals("2027-10-09", browser.find("[id='processForm:OPEN_MEETINGS-end']").getAttribute("value"));
        assertEquals("", browser.find("[id='processForm:REFERENCE_GROUPS-start']").getAttribute("value"), "a phase left out stays out");
    }

    private static void addDistrictsAndVillages(Browser browser) {
        browser.type("#districtForm\\:name", "Föllinge/Laxsjö");
        browser.clickAndWait("#districtForm\\:save");
        assertTrue(browser.driver().getCurrentUrl().contains("edit="), "a new district opens for its villages");
        for (String village : new String[] {"Skärvången", "Laxsjö", "Föllinge"}) {
            browser.type("#villageForm\\:villageName", village);
            browser.clickAndWait("#villageForm\\:saveVillage");
        }
        browser.type("#villageForm\\:villageName", "  skärvången ");
        browser.clickAndWait("#villageForm\\:saveVillage");
        assertEquals("Det finns redan en by som heter Skärvången i kommundelen.", browser.text("[id='villageForm:villageName-error']"));
        browser.type("#villageForm\\:villageName", "Åkersjön");
        browser.clickAndWait("#villageForm\\:saveVillage");
        assertEquals("Föllinge Inget ännu\nLaxsjö Inget ännu\nSkärvången Inget ännu\nÅkersjön Inget ännu", rows(browser, "#villageTable"),
                "villages in Swedish order");
        // A new name typed for the district, not yet saved, while a village is added: the name is still there after.
        browser.type("#districtForm\\:name", "Föllinge/Laxsjö/Åkersjön");
        browser.type("#villageForm\\:villageName", "Rötvik");
        browser.clickAndWait("#villageForm\\:saveVillage");
        assertTrue(rows(browser, "#villageTable").contains("Rötvik"), rows(browser, "#villageTable"));
        assertEquals("Föllinge/Laxsjö/Åkersjön", browser.find("#districtForm\\:name").getAttribute("value"),
                "the district's typed name survives the village's save");
        browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='Rötvik']]//button")).click();
        confirm(browser, "Ta bort byn Rötvik?");
        browser.assertNoSeriousAccessibilityViolations("admin/districts.xhtml (a district opened)");

        browser.find("#districtForm\\:name").clear();
        browser.clickAndWait("#districtForm\\:save");
        assertEquals("Fyll i ett namn.", browser.text("[id='districtForm:name-error']"));
        browser.type("#districtForm\\:name", "<b>Föllinge</b>");
        browser.clickAndWait("#districtForm\\:save");
        assertEquals("Skriv namnet som vanlig text, utan HTML-taggar.", browser.text("[id='districtForm:name-error']"));
        browser.type("#districtForm\\:name", "Föllinge/Laxsjö");
        browser.type("#districtForm\\:sortOrder", "2");
        browser.clickAndWait("#districtForm\\:save");

        browser.clickAndWait("#districtForm\\:cancel");
        browser.type("#districtForm\\:name", "Hotagen");
        browser.type("#districtForm\\:sortOrder", "1");
        browser.clickAndWait("#districtForm\\:save");
        browser.clickAndWait("#districtForm\\:cancel");
        browser.type("#districtForm\\:name", "föllinge/laxsjö");
        browser.clickAndWait("#districtForm\\:save");
        assertEquals("Det finns redan en kommundel som heter Föllinge/Laxsjö.", browser.text("[id='districtForm:name-error']"));
        browser.type("#districtForm\\:name", "Tillfällig bygd");
        browser.clickAndWait("#districtForm\\:save");
        browser.clickAndWait("#districtForm\\:cancel");
        assertEquals("1 Hotagen Inga byar ännu Inget ännu\n2 Föllinge/Laxsjö Föllinge, Laxsjö, Skärvången, Åkersjön Inget ännu\n"
                + "3 Tillfällig bygd Inga byar ännu Inget ännu", rows(browser, "#districtTable"), "districts in the order given");
    }

    /** A place in a village: the village and its district say so and offer no deletion; an unused village goes, after asking. */
    private static void placeInUseIsNotDeleted(Browser browser, RunningServer server) {
        addPlace(browser, server, "Skärvångens bymejeri", "Föllinge/Laxsjö", "Skärvången");
        browser.go(server.url("admin/districts.xhtml"));
        assertTrue(rows(browser, "#districtTable").contains("Åkersjön 1 plats"), rows(browser, "#districtTable"));
        assertTrue(browser.driver().findElements(By.xpath("//tr[td//a[text()='Föllinge/Laxsjö']]//button")).isEmpty(),
                "no delete button for a district in use");
        browser.clickAndWait("a[href*='edit='][aria-label='Ändra Föllinge/Laxsjö']");
        assertEquals("Föllinge Inget ännu\nLaxsjö Inget ännu\nSkärvången 1 plats\nÅkersjön Inget ännu", rows(browser, "#villageTable"));

        browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='Laxsjö']]//button")).click();
        confirm(browser, "Ta bort byn Laxsjö?");
        assertEquals("Föllinge Inget ännu\nSkärvången 1 plats\nÅkersjön Inget ännu", rows(browser, "#villageTable"));
        assertTrue(browser.text("#page-messages").contains("Byn Laxsjö är borttagen."));

        browser.clickAndWait("a[aria-label='Byt namn Åkersjön']");
        browser.type("#villageForm\\:villageName", "Åkersjö");
        browser.clickAndWait("#villageForm\\:saveVillage");
        assertTrue(rows(browser, "#villageTable").contains("Åkersjö Inget ännu"));
    }

    /** The page was opened while the district was unused; someone adds a place in it before the deletion is confirmed. */
    private static void aDistrictThatCameIntoUseMeanwhileIsNotDeleted(Browser browser, RunningServer server) {
        browser.go(server.url("admin/districts.xhtml"));
        String listTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        addPlace(browser, server, "Tillfällig badplats", "Tillfällig bygd", null);
        browser.driver().close();
        browser.driver().switchTo().window(listTab);

        browser.driver().findElement(By.xpath("//tr[td//a[text()='Tillfällig bygd']]//button")).click();
        confirm(browser, "Ta bort kommundelen Tillfällig bygd?");
        assertTrue(browser.text("#page-messages").contains(
                "Tillfällig bygd kan inte tas bort eftersom den används av 1 plats"), browser.text("#page-messages"));
        assertTrue(rows(browser, "#districtTable").contains("3 Tillfällig bygd Inga byar ännu 1 plats"),
                "the district is kept, and the list now says what uses it");

        browser.clickAndWait("a[aria-label='Ändra Hotagen']");
        browser.driver().findElement(By.xpath("//tr[td//a[text()='Hotagen']]//button")).click();
        confirm(browser, "Ta bort kommundelen Hotagen?");
        assertFalse(rows(browser, "#districtTable").contains("Hotagen"), "an unused district is deleted");
        assertTrue(rows(browser, "#districtTable").startsWith("1 Föllinge/Laxsjö"), "positions close the gap: " + rows(browser, "#districtTable"));
    }

    /** A year typed wrong would make the nightly job erase every member: the page asks first, and saves on a second click. */
    private static void aLastDayLongGoneIsAskedAboutFirst(Browser browser, RunningServer server) {
        browser.go(server.url("admin/process.xhtml"));
        browser.type("#processForm\\:year", "2020");
        date(browser, "INTERVIEWS-start", "2020-07-01");
        date(browser, "INTERVIEWS-end", "2020-07-31");
        date(browser, "OPEN_MEETINGS-start", "2020-10-08");
        date(browser, "OPEN_MEETINGS-end", "2020-10-09");
        date(browser, "DECISION-start", "2020-12-01");
        date(browser, "DECISION-end", "2020-12-15");
        browser.clickAndWait("#processForm\\:save");
        assertTrue(browser.text("[id='processForm:DECISION-end-error']").contains("raderas alla referensgruppsmedlemmars personuppgifter"),
                browser.text("main"));
        browser.go(server.url(""));
        assertTrue(browser.text("main").contains("1–15 december 2027"), "nothing was saved on the first click");
        browser.go(server.url("admin/process.xhtml"));
        browser.type("#processForm\\:year", "2020");
        for (String phase : new String[] {"INTERVIEWS", "OPEN_MEETINGS", "DECISION"}) {
            date(browser, phase + "-start", "2020-12-01");
            date(browser, phase + "-end", "2020-12-15");
        }
        browser.clickAndWait("#processForm\\:save");
        assertTrue(browser.text("[id='processForm:DECISION-end-error']").contains("spara en gång till"), browser.text("main"));
        browser.clickAndWait("#processForm\\:save");
        assertTrue(browser.text("#page-messages").contains("är sparad"), "saved when asked twice: " + browser.text("main"));
    }

    private static void addPlace(Browser browser, RunningServer server, String name, String district, String village) {
        browser.go(server.url("dialogue/places.xhtml"));
        new Select(browser.find("#placeForm\\:district")).selectByVisibleText(district);
        if (village != null) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> new Select(d.findElement(By.id("placeForm:village")))
                    .getOptions().stream().anyMatch(o -> o.getText().equals(village)));
            new Select(browser.find("#placeForm\\:village")).selectByVisibleText(village);
        }
        browser.type("#placeForm\\:name", name);
        browser.clickAndWait("#placeForm\\:save");
        assertTrue(browser.text("#page-messages").contains(name), browser.text("main"));
    }

    private static void confirm(Browser browser, String question) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(browser.text(".ui-confirm-dialog").contains(question), browser.text(".ui-confirm-dialog"));
        browser.clickAndWait(".ui-confirm-dialog .ui-confirmdialog-yes");
    }

    private static void date(Browser browser, String field, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                "processForm:" + field, isoDate);
    }

    /** The table's body rows, cells joined by single spaces, without the action buttons' words. */
    private static String rows(Browser browser, String table) {
        return String.join("\n", browser.findAll(table + " tbody tr").stream()
                .map(r -> r.getText().replace("\n", " ").replaceAll(" ?(Ändra|Byt namn|Ta bort)", "").trim()).toList());
    }
}
