package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * An organiser schedules an open meeting and sees a conflict; people register on the public page
 * without an account, one cancels by their personal link, and the waitlist promotes the next,
 * with the e-mail arriving at a real SMTP server.
 */
@ExtendWith(SharedServer.Start.class)
class MeetingJourneyIT {

    private final RunningServer server = SharedServer.current();
    private final String nonce = Long.toString(System.nanoTime(), 36);

    @Test
    void scheduleSeeAConflictRegisterPubliclyCancelAndSeeTheWaitlistPromote() throws Exception {
        String day = LocalDate.now().plusDays(40).toString();
        String title = "Öppet möte " + nonce;
        String meetingUrl;
        try (Browser organiser = Browser.open()) {
            organiser.go(server.url("login.xhtml"));
            organiser.logIn("organisator", DemoCatalog.DEMO_PASSWORD);
            organiser.go(server.url("meetings/index.xhtml"));
            organiser.assertNoSeriousAccessibilityViolations("meeting list");
            organiser.clickAndWait("#newMeeting");
            organiser.clickAndWait("#meetingForm\\:save");
            assertEquals("Skriv mötets rubrik.", organiser.text("#meetingForm\\:title-error"));
            assertEquals("Ange vilken dag mötet är.", organiser.text("#meetingForm\\:date-error"));
            assertEquals("Välj minst en organisatör.", organiser.text("#meetingForm\\:organisers-error"));

            fill(organiser, "Krock " + nonce, day, "17:00", "19:00", "1");
            organiser.clickAndWait("#meetingForm\\:save");
            assertEquals("/meetings/meeting.xhtml", organiser.path());

            organiser.go(server.url("meetings/meeting-edit.xhtml"));
            fill(organiser, title, "2027-03-28", "02:30", "04:00", "1");
            organiser.clickAndWait("#meetingForm\\:save");
            assertTrue(organiser.text("#meetingForm\\:start-error").contains("finns inte den 28 mars 2027"),
                    "the day as Swedes write it: " + organiser.text("#meetingForm\\:start-error"));
            organiser.clickAndWait("#meetingForm\\:check");
            assertTrue(organiser.text("#meetingForm\\:start-error").contains("finns inte"),
                    "checking clashes for a time that does not exist says why instead of nothing");
            setValue(organiser, "#meetingForm\\:date", day);
            setValue(organiser, "#meetingForm\\:start", "18:00");
            setValue(organiser, "#meetingForm\\:end", "20:30");
            organiser.clickAndWait("#meetingForm\\:save");
            assertTrue(organiser.text("#conflictList").contains("Lokalen är bokad för ”Krock " + nonce + "”"), organiser.text("#conflictList"));
            assertTrue(organiser.text("#meetingForm\\:overrideReason-error").contains("krockar med ett annat möte"),
                    organiser.text("#meetingForm\\:overrideReason-error"));
            assertTrue(organiser.text("#conflictList").contains("Olle Organisatör (demo) leder ”Krock " + nonce + "”"),
                    "the same organiser too, by name: " + organiser.text("#conflictList"));
            organiser.assertNoSeriousAccessibilityViolations("meeting form with a conflict");
            organiser.type("#meetingForm\\:overrideReason", "Krocken flyttas till lilla salen");
            organiser.clickAndWait("#meetingForm\\:save");
            assertEquals("/meetings/meeting.xhtml", organiser.path());
            assertTrue(organiser.text("main").contains("Krocken flyttas till lilla salen"), "the reason is kept");
            meetingUrl = organiser.driver().getCurrentUrl();
        }
        String meetingId = meetingUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");

        String annaLink;
        try (Browser anna = Browser.open()) {
            anna.go(server.url("public/meetings.xhtml"));
            assertTrue(anna.text("#openMeetings").contains(title));
            anna.assertNoSeriousAccessibilityViolations("public meeting list");
            anna.go(server.url("public/register.xhtml?meeting=" + meetingId));
            anna.type("#registerForm\\:name", "Anna <b>Andersson</b>");
            anna.type("#registerForm\\:email", "anna-" + nonce + "@example.se");
            anna.clickAndWait("#registerForm\\:register");
            assertTrue(anna.text("#registerForm\\:name-error").contains("kod"), anna.text("#registerForm\\:name-error"));
            assertTrue(anna.text("#registerForm\\:consent-error").contains("Kryssa i"));
            anna.type("#registerForm\\:name", "Anna Andersson");
            anna.find("#registerForm\\:consent").click();
            anna.clickAndWait("#registerForm\\:register");
            assertTrue(anna.text("#receipt").contains("Du är anmäld"), anna.text("main"));
            annaLink = anna.find("#personalLink").getAttribute("href");
            anna.assertNoSeriousAccessibilityViolations("registration receipt");
        }

        String bertilLink;
        try (Browser bertil = Browser.open()) {
            bertil.driver().manage().window().setSize(new Dimension(320, 900));
            bertil.go(server.url("public/register.xhtml?meeting=" + meetingId));
            assertTrue(bertil.text("#fullNotice").contains("fullt"), "one seat, taken by Anna");
            bertil.assertNoSeriousAccessibilityViolations("public registration, 320 px");
            bertil.screenshot("register-sv-320");
            // Bertil reads English: his receipt and every e-mail about his registration are in English.
            // He has typed his name and address before he finds the switch: they are still there after it.
            bertil.type("#registerForm\\:name", "Bertil Berg");
            bertil.type("#registerForm\\:email", "bertil-" + nonce + "@example.se");
            bertil.clickAndWait("#languageForm\\:toEnglish");
            assertEquals("en", bertil.lang());
            assertEquals("Bertil Berg", bertil.find("#registerForm\\:name").getAttribute("value"), "typed text survives the switch");
            assertEquals("bertil-" + nonce + "@example.se", bertil.find("#registerForm\\:email").getAttribute("value"));
            bertil.find("#registerForm\\:consent").click();
            bertil.clickAndWait("#registerForm\\:register");
            assertTrue(bertil.text("#receipt").contains("waitlist"), bertil.text("#receipt"));
            assertTrue(bertil.text("#position").contains("number 1"));
            bertilLink = bertil.find("#personalLink").getAttribute("href");
        }

        MimeMessage annasConfirmation = Mailbox.await("anna-" + nonce + "@example.se", "Du är anmäld");
        MimeMultipart parts = (MimeMultipart) annasConfirmation.getContent();
        assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/calendar"), "the meeting as a calendar file");
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(ics.contains("TZID=Europe/Stockholm") && ics.contains("SUMMARY:" + title), ics);
        MimeMessage bertilsNotice = Mailbox.await("bertil-" + nonce + "@example.se", "You are on the waitlist");
        String notice = bertilsNotice.getContent() instanceof MimeMultipart multi
                ? String.valueOf(multi.getBodyPart(0).getContent()) : String.valueOf(bertilsNotice.getContent());
        assertTrue(notice.startsWith("Hello Bertil Berg!") && notice.contains("Krokoms kommun")
                && notice.contains("&lang=en"), "in English, signed by the municipality, his page opening in English: " + notice);

        try (Browser anna = Browser.open()) {
            anna.go(annaLink);
            assertEquals("Har plats", anna.text("#status"));
            anna.find("#cancelDetails summary").click();
            anna.clickAndWait("#cancelForm\\:confirmCancel");
            assertTrue(anna.text("#cancelledNotice").contains("borttagen"));
            assertEquals("Avanmäld", anna.text("#status"));
            anna.go(server.url("public/registration.xhtml?token=" + "x".repeat(43)));
            assertTrue(anna.text("#unknownToken").contains("stämmer inte"), "a forged link shows nobody's data");
        }
        try (Browser bertil = Browser.open()) {
            bertil.go(bertilLink);
            assertEquals("Har plats", bertil.text("#status"), "promoted when Anna cancelled");
            bertil.assertNoSeriousAccessibilityViolations("own registration");
        }
        Mailbox.await("bertil-" + nonce + "@example.se", "You have a seat");

        try (Browser organiser = Browser.open()) {
            organiser.go(server.url("login.xhtml"));
            organiser.logIn("organisator", DemoCatalog.DEMO_PASSWORD);
            organiser.go(meetingUrl);
            String rows = organiser.text("#registrationsForm");
            assertTrue(rows.contains("Bertil Berg") && rows.contains("Har plats") && rows.contains("Avanmäld"), rows);
            organiser.type("#doorForm\\:search", "bertil");
            organiser.clickAndWait("#doorForm\\:find");
            organiser.find("#registrationsForm input[id$='arrive']").click();
            new WebDriverWait(organiser.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> organiser.text("#arrivedCount").endsWith("1"));
            organiser.assertNoSeriousAccessibilityViolations("meeting page");
            organiser.screenshot("meeting-sv-1280");
            organiser.go(server.url("meetings/calendar.xhtml?month=" + day.substring(0, 7)));
            assertTrue(organiser.text("#calendar").contains("18:00 " + title), organiser.text("#calendar"));
            organiser.assertNoSeriousAccessibilityViolations("calendar");
            organiser.screenshot("calendar-sv-1280");

            // Cancelled, the meeting is no longer edited, recorded afterwards or offered as a calendar entry.
            organiser.go(meetingUrl);
            organiser.find("#cancelMeetingForm\\:cancelMeeting").click();
            new WebDriverWait(organiser.driver(), Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.cssSelector(".ui-confirm-dialog")));
            organiser.clickAndWait(".ui-confirm-dialog .ui-confirmdialog-yes");
            assertTrue(organiser.text("#cancelledNotice").contains("inställt"), organiser.text("main"));
            assertTrue(organiser.findAll("#afterForm").isEmpty() && organiser.findAll("[id$='ics']").isEmpty(),
                    "no minutes, contributions or calendar file for a cancelled meeting");
            organiser.go(meetingUrl.replace("meetings/meeting.xhtml", "meetings/meeting-edit.xhtml"));
            assertTrue(organiser.text("#cancelledNotice").contains("kan inte ändras"), organiser.text("main"));
            assertTrue(organiser.findAll("#meetingForm").isEmpty());
        }
    }

    @Test
    void findADateWithTheGroupsMembersAndMakeTheBestTimeTheMeeting() throws Exception {
        LocalDate first = LocalDate.now().plusDays(60 + System.nanoTime() % 200);
        String title = "Hotagens träff " + nonce;
        String pollUrl;
        try (Browser organiser = Browser.open()) {
            organiser.go(server.url("login.xhtml"));
            organiser.logIn("organisator", DemoCatalog.DEMO_PASSWORD);
            organiser.go(server.url("meetings/polls.xhtml"));
            organiser.clickAndWait("#pollForm\\:create");
            assertEquals("Skriv vad träffen gäller.", organiser.text("#pollForm\\:title-error"));
            assertTrue(organiser.text("#pollForm\\:slots-error").startsWith("Föreslå minst en tid"));
            organiser.assertNoSeriousAccessibilityViolations("date poll form with errors");
            organiser.type("#pollForm\\:title", title);
            new Select(organiser.find("#pollForm\\:group")).selectByVisibleText("Hotagen");
            slot(organiser, 0, first.toString(), "18:00", "20:00");
            slot(organiser, 1, first.plusDays(1).toString(), "18:00", "20:00");
            organiser.clickAndWait("#pollForm\\:create");
            assertEquals("/meetings/poll.xhtml", organiser.path(), organiser.text("main"));
            pollUrl = organiser.driver().getCurrentUrl();
            String perRow = organiser.driver().findElement(By.xpath("//table[@id='grid']//th[contains(., 'Per Demo')]")).getText();
            assertTrue(perRow.contains("public/poll.xhtml?t="), "a member without e-mail has a link to pass on: " + perRow);
            organiser.assertNoSeriousAccessibilityViolations("date poll grid");
        }
        MimeMessage invitation = Mailbox.await("lena.demo@example.se", title);
        java.util.regex.Matcher lenasLink = java.util.regex.Pattern.compile("poll\\.xhtml\\?t=([A-Za-z0-9_-]{43})")
                .matcher(invitation.getContent().toString());
        assertTrue(lenasLink.find());
        try (Browser lena = Browser.open()) {
            lena.go(server.url("public/poll.xhtml?t=" + lenasLink.group(1)));
            lena.assertNoSeriousAccessibilityViolations("member's date poll page");
            lena.find("input[name='pollAnswerForm:slots:0:answer'][value='NO']").click();
            lena.find("input[name='pollAnswerForm:slots:1:answer'][value='YES']").click();
            lena.clickAndWait("#pollAnswerForm\\:save");
            assertTrue(lena.text(".messages").contains("Dina svar är sparade"), lena.text(".messages"));
        }
        try (Browser organiser = Browser.open()) {
            organiser.go(server.url("login.xhtml"));
            organiser.logIn("organisator", DemoCatalog.DEMO_PASSWORD);
            organiser.go(pollUrl);
            String bestHeader = organiser.find("#grid thead th.best").getText();
            assertTrue(bestHeader.contains("★"), bestHeader);
            organiser.find("#grid tfoot a.primary").click();
            new WebDriverWait(organiser.driver(), Duration.ofSeconds(20)).until(d -> organiser.path().equals("/meetings/meeting-edit.xhtml"));
            assertEquals(title, organiser.find("#meetingForm\\:title").getAttribute("value"));
            assertEquals(first.plusDays(1).toString(), organiser.find("#meetingForm\\:date").getAttribute("value"));
            new Select(organiser.find("#meetingForm\\:venue")).selectByVisibleText("Föllinge folkets hus (demo)");
            organiser.type("#meetingForm\\:capacity", "20");
            WebElementTicker.tick(organiser, "Olle Organisatör (demo)");
            organiser.clickAndWait("#meetingForm\\:save");
            assertEquals("/meetings/meeting.xhtml", organiser.path(), organiser.text("main"));
            organiser.go(pollUrl);
            assertTrue(organiser.text(".lead").contains("Avgjort"), organiser.text(".lead"));

            organiser.go(server.url("meetings/calendar.xhtml?month=" + java.time.YearMonth.from(first.plusDays(1))));
            organiser.driver().findElement(By.xpath("//table[@id='calendar']//tr[td//a[contains(., '" + title + "')]]/th/a")).click();
            new WebDriverWait(organiser.driver(), Duration.ofSeconds(20)).until(d -> organiser.path().equals("/meetings/week.xhtml"));
            int week = first.plusDays(1).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            assertTrue(organiser.text("#weekTitle").startsWith("Vecka " + week + ":"), organiser.text("#weekTitle"));
            assertTrue(organiser.text("#week").contains("18:00–20:00 " + title), organiser.text("#week"));
            organiser.assertNoSeriousAccessibilityViolations("week view");
        }
    }

    private static void slot(Browser b, int row, String day, String start, String end) {
        setValue(b, "#pollForm\\:slots\\:" + row + "\\:date", day);
        setValue(b, "#pollForm\\:slots\\:" + row + "\\:start", start);
        setValue(b, "#pollForm\\:slots\\:" + row + "\\:end", end);
    }

    private static void fill(Browser b, String title, String day, String start, String end, String capacity) {
        b.type("#meetingForm\\:title", title);
        setValue(b, "#meetingForm\\:date", day);
        setValue(b, "#meetingForm\\:start", start);
        setValue(b, "#meetingForm\\:end", end);
        new Select(b.find("#meetingForm\\:venue")).selectByVisibleText("Föllinge folkets hus (demo)");
        b.type("#meetingForm\\:capacity", capacity);
        WebElementTicker.tick(b, "Olle Organisatör (demo)");
    }

    private static void setValue(Browser b, String css, String value) {
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];", b.find(css), value);
    }

    /** Ticks a labelled checkbox unless it is ticked. */
    private static final class WebElementTicker {
        static void tick(Browser b, String label) {
            var box = b.driver().findElement(By.xpath("//label[normalize-space()='" + label + "']"));
            var input = b.driver().findElement(By.id(box.getAttribute("for")));
            if (!input.isSelected()) {
                input.click();
            }
        }
    }
}
