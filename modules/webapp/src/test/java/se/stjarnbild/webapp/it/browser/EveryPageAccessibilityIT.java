package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import se.stjarnbild.webapp.demo.DemoCatalog;

/**
 * Every page of the product, staff and public, in Swedish and in English, scanned with axe-core
 * in Chromium: no serious or critical violation anywhere. Pages that show one thing (a quote, a
 * star, a group, a round, a meeting) are reached through the first link on their list, as a
 * person would; the public pages are also scanned and photographed at 320 px.
 */
@ExtendWith(SharedServer.Start.class)
class EveryPageAccessibilityIT {

    private static final List<String> STAFF_PAGES = List.of("index.xhtml",
            "dialogue/index.xhtml", "dialogue/interviews.xhtml", "dialogue/interview.xhtml", "dialogue/quotes.xhtml",
            "dialogue/places.xhtml", "dialogue/themes.xhtml", "dialogue/matrix.xhtml", "dialogue/stars.xhtml",
            "dialogue/star-edit.xhtml", "dialogue/import.xhtml", "dialogue/search.xhtml?q=ost", "dialogue/contributions.xhtml",
            "referencegroups/index.xhtml", "referencegroups/members.xhtml", "referencegroups/member.xhtml",
            "referencegroups/rounds.xhtml", "referencegroups/coverage.xhtml",
            "meetings/index.xhtml", "meetings/calendar.xhtml", "meetings/week.xhtml", "meetings/meeting-edit.xhtml", "meetings/venues.xhtml",
            "meetings/polls.xhtml", "meetings/outbox.xhtml",
            "reporting/index.xhtml", "reporting/preview.xhtml", "reporting/versions.xhtml", "reporting/export.xhtml",
            "admin/users.xhtml", "admin/audit.xhtml", "admin/audit.xhtml?from=fel", "admin/personal-data.xhtml", "admin/person.xhtml",
            "admin/process.xhtml", "admin/districts.xhtml", "admin/districts.xhtml?edit=1000000", "admin/target-groups.xhtml");

    /** A list page and the link on it that opens one of its things. */
    private static final Map<String, String> DETAIL_PAGES = new LinkedHashMap<>();

    static {
        DETAIL_PAGES.put("dialogue/quotes.xhtml", "a[href*='dialogue/quote.xhtml?id=']");
        DETAIL_PAGES.put("dialogue/interviews.xhtml", "a[href*='dialogue/interview.xhtml?id=']");
        DETAIL_PAGES.put("dialogue/stars.xhtml", "a[href*='dialogue/star.xhtml?id=']");
        DETAIL_PAGES.put("referencegroups/index.xhtml", "a[href*='referencegroups/group.xhtml?id=']");
        DETAIL_PAGES.put("referencegroups/rounds.xhtml", "a[href*='referencegroups/round.xhtml?id=']");
        DETAIL_PAGES.put("referencegroups/members.xhtml", "a[href*='referencegroups/member.xhtml?id=']");
        DETAIL_PAGES.put("meetings/index.xhtml", "a[href*='meetings/meeting.xhtml?id=']");
        DETAIL_PAGES.put("admin/districts.xhtml", "a[href*='admin/districts.xhtml?edit=']");
        DETAIL_PAGES.put("admin/target-groups.xhtml", "a[href*='admin/target-groups.xhtml?edit=']");
    }

    private static final List<String> PUBLIC_PAGES = List.of("login.xhtml", "public/meetings.xhtml",
            "public/accessibility.xhtml", "public/contribute.xhtml", "public/feedback.xhtml?t=" + "x".repeat(43), "public/poll.xhtml?t=" + "x".repeat(43),
            "public/registration.xhtml?token=" + "x".repeat(43), "public/react.xhtml", "public/react.xhtml?c=NOSUCH");

    /** The error pages' titles: a page that shows one of them did not open, however valid its HTML. */
    private static final List<String> ERROR_TITLES = List.of("Något gick fel", "Sidan finns inte", "Ingen behörighet",
            "Something went wrong", "Page not found", "Not allowed");

    private final RunningServer server = SharedServer.current();
    private final HtmlChecker html;

    EveryPageAccessibilityIT() throws Exception {
        html = new HtmlChecker();
    }

    @Test
    void noPageHasASeriousOrCriticalViolationInEitherLanguage() {
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        try (Browser browser = Browser.open()) {
            browser.go(server.url("login.xhtml"));
            browser.logIn("admin", DemoCatalog.DEMO_PASSWORD);
            // the check itself must see a script the policy stops: one added without the nonce
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("var s = document.createElement('script');"
                    + " s.textContent = 'document.title = \"injected\"'; document.head.appendChild(s);");
            assertFalse(browser.driver().getTitle().contains("injected"), "an inline script without the nonce must not run");
            assertFalse(browser.policyViolations().isEmpty(), "the blocked script is reported");
            for (String language : List.of("sv", "en")) {
                if (language.equals("en")) {
                    browser.go(server.url("index.xhtml"));
                    browser.clickAndWait("#languageForm\\:toEnglish");
                }
                List<String> pages = new ArrayList<>(STAFF_PAGES);
                pages.addAll(PUBLIC_PAGES.subList(1, PUBLIC_PAGES.size()));
                for (String page : pages) {
                    scanned += scan(browser, page, language, problems);
                }
                for (Map.Entry<String, String> detail : DETAIL_PAGES.entrySet()) {
                    browser.go(server.url(detail.getKey()));
                    List<WebElement> links = browser.findAll(detail.getValue());
                    if (links.isEmpty()) {
                        problems.add(language + " " + detail.getKey() + ": no link to one of its things (" + detail.getValue() + ")");
                        continue;
                    }
                    String href = links.get(0).getAttribute("href");
                    scanned += scan(browser, href.substring(href.indexOf('/', "http://".length()) + 1), language, problems);
                    if (detail.getKey().equals("meetings/index.xhtml")) {
                        // the public registration page of the same meeting (past ones say registration has closed)
                        scanned += scan(browser, "public/register.xhtml?meeting=" + href.substring(href.indexOf("id=") + 3),
                                language, problems);
                        // the projector view of the same meeting, and a phone's page when it has been started
                        scanned += scan(browser, "dialogue/present.xhtml?meeting=" + href.substring(href.indexOf("id=") + 3),
                                language, problems);
                        if (!browser.findAll("#joinCode").isEmpty()) {
                            scanned += scan(browser, "public/react.xhtml?c=" + browser.text("#joinCode"), language, problems);
                        }
                    }
                }
            }
        }
        try (Browser phone = Browser.open()) {
            phone.driver().manage().window().setSize(new Dimension(320, 800));
            for (String page : PUBLIC_PAGES) {
                scanned += scan(phone, page, "sv-320px", problems);
                reflows(phone, page, "320 px", problems);
                phone.screenshot("public-" + page.replaceAll("[^a-z]+", "-").replaceAll("-+$", "") + "-320");
            }
        }
        // 200 % zoom of a 1280 px screen is a 640 px wide page: staff pages must reflow into it too.
        try (Browser zoomed = Browser.open()) {
            zoomed.driver().manage().window().setSize(new Dimension(640, 900));
            zoomed.go(server.url("login.xhtml"));
            zoomed.logIn("admin", DemoCatalog.DEMO_PASSWORD);
            // the check itself must see a page that does not reflow
            zoomed.go(server.url("index.xhtml"));
            ((org.openqa.selenium.JavascriptExecutor) zoomed.driver()).executeScript(
                    "var d = document.createElement('div'); d.id = 'tooWide'; d.style.width = '2000px'; d.textContent = 'x';"
                    + "document.querySelector('main').appendChild(d);");
            List<String> probe = new ArrayList<>();
            reflows(zoomed, "index.xhtml", "640 px", probe);
            assertTrue(probe.toString().contains("div#tooWide"), "the reflow check finds a too wide element: " + probe);
            for (String page : STAFF_PAGES) {
                zoomed.go(server.url(page));
                reflows(zoomed, page, "640 px (200 %)", problems);
            }
        }
        assertEquals("", String.join("\n", problems));
        assertTrue(scanned >= 2 * (STAFF_PAGES.size() + PUBLIC_PAGES.size() - 1 + DETAIL_PAGES.size() + 2) + PUBLIC_PAGES.size(),
                "scanned " + scanned);
    }

    /**
     * WCAG 1.4.10: nothing but a data table (which may scroll on its own) reaches past the right
     * edge of the window, so a zoomed page reads without scrolling sideways.
     */
    private static void reflows(Browser browser, String page, String width, List<String> problems) {
        Object beyond = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('main *, header *, footer *').forEach(function (e) {"
                + "  if (out.length >= 3 || e.closest('table, .ui-datatable, .table-scroll, svg')) { return; }"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && r.right > w + 1) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "    + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ')[0] : '')"
                + "    + ' ends at ' + Math.round(r.right) + ' px'); }"
                + "});"
                + "return out.join(', ');");
        if (beyond != null && !beyond.toString().isEmpty()) {
            problems.add(page + " at " + width + ": wider than the window: " + beyond);
        }
    }

    private int scan(Browser browser, String page, String language, List<String> problems) {
        browser.go(server.url(page));
        String title = browser.driver().getTitle();
        if (title.contains("404") || ERROR_TITLES.stream().anyMatch(title::contains) || browser.findAll("main").isEmpty()) {
            problems.add(language + " " + page + ": did not open (" + title + ")");
            return 0;
        }
        String lang = browser.find("html").getAttribute("lang");
        if (!language.startsWith(lang)) {
            problems.add(language + " " + page + ": html lang is " + lang);
        }
        try {
            java.net.http.HttpResponse<String> raw = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(page)))
                            .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            String policy = raw.headers().firstValue("Content-Security-Policy").orElse("");
            if (!policy.matches(".*script-src 'self' 'nonce-[^']{16,}';$")) {
                problems.add(language + " " + page + ": no nonce-based script policy: " + policy);
            }
            List<String> invalid = html.check(raw.body());
            if (!invalid.isEmpty()) {
                problems.add(language + " " + page + ": invalid HTML\n  " + String.join("\n  ", invalid));
            }
        } catch (Exception e) {
            problems.add(language + " " + page + ": could not validate the HTML: " + e);
        }
        List<String> blocked = browser.policyViolations();
        if (!blocked.isEmpty()) {
            problems.add(language + " " + page + ": the Content-Security-Policy blocked\n  " + String.join("\n  ", blocked));
        }
        String violations = browser.seriousAccessibilityViolations();
        if (!violations.isEmpty()) {
            problems.add(language + " " + page + ":\n  " + violations.replace("\n", "\n  "));
        }
        if (browser.driver().findElements(By.id("accessibilityStatement")).isEmpty()) {
            problems.add(language + " " + page + ": no link to the accessibility statement");
        }
        return 1;
    }
}
