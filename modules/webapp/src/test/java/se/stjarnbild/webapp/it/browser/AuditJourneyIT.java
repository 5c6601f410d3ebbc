package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * Staff change a star; the administrator finds the change in the audit log with its before and
 * after, and the failed login before it; a date that cannot be read is said so beside its field.
 */
@ExtendWith(SharedServer.Start.class)
class AuditJourneyIT {

    private final RunningServer server = SharedServer.current();
    private final String nonce = Long.toString(System.nanoTime(), 36);

    @Test
    void aChangeAndAFailedLoginAreFoundInTheAuditLogWithBeforeAndAfter() {
        try (Browser staff = Browser.open()) {
            staff.go(server.url("login.xhtml"));
            staff.logIn("handlaggare", "fel-lösenord-" + nonce);
            staff.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD);
            staff.go(server.url("dialogue/star-edit.xhtml"));
            staff.type("#starForm\\:title", "Granskad " + nonce);
            staff.clickAndWait("#starForm\\:save");
            staff.clickAndWait("#editStar");
            staff.type("#starForm\\:title", "Granskad " + nonce + " ändrad");
            staff.clickAndWait("#starForm\\:save");
            assertEquals("Granskad " + nonce + " ändrad", staff.text("h1"));
        }
        try (Browser admin = Browser.open()) {
            admin.go(server.url("login.xhtml"));
            admin.logIn("admin", DemoCatalog.DEMO_PASSWORD);
            admin.go(server.url("admin/users.xhtml"));
            admin.clickAndWait("#navAudit");
            admin.find("#actor").sendKeys("handlaggare");
            new org.openqa.selenium.support.ui.Select(admin.find("#entity")).selectByValue("Star");
            admin.clickAndWait("#searchAudit");
            assertTrue(!admin.findAll("#auditTable").isEmpty(), () -> admin.driver().getCurrentUrl() + "\n" + admin.text("main"));
            String log = admin.text("#auditTable");
            assertTrue(log.contains("title: Granskad " + nonce + " → Granskad " + nonce + " ändrad"), log);
            assertTrue(log.contains("Skapad"), "the creation is there too: " + log);
            assertTrue(admin.driver().getCurrentUrl().contains("entity=Star"), "the search is a link that can be kept");
            admin.assertNoSeriousAccessibilityViolations("audit log with results");

            admin.go(server.url("admin/audit.xhtml?action=LOGIN_FAILED&actor=handlaggare"));
            assertTrue(admin.text("#auditTable").contains("Misslyckad inloggning"), admin.text("main"));
            admin.go(server.url("admin/audit.xhtml?action=LOGIN&actor=handlaggare"));
            assertTrue(admin.text("#auditTable").contains("Inloggning"), admin.text("main"));

            admin.go(server.url("admin/audit.xhtml?from=2026-13-45&entityId=abc"));
            assertEquals("Skriv datumet som ÅÅÅÅ-MM-DD.", admin.text("#from-error"));
            assertEquals("Skriv ett id med bara siffror.", admin.text("#entityId-error"));
            assertTrue(admin.findAll("#auditTable").isEmpty(), "no search until the date can be read");
        }
    }
}
