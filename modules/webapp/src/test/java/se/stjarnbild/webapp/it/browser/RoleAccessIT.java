package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stjarnbild.webapp.demo.DemoCatalog;
import se.stjarnbild.webapp.it.http.StaffHttpClient;

/**
 * The role × action table of README walked over HTTP: every area's pages and downloads asked for
 * anonymously and as each demo role. Allowed: the page. Not logged in: sent to the login page.
 * Logged in without the role: 403, for a form post as much as for a page. A post with a forged
 * view state changes nothing.
 */
@ExtendWith(SharedServer.Start.class)
class RoleAccessIT {

    private static final String STAFF = "handlaggare";
    private static final String ORGANISER = "organisator";
    private static final String SECRETARY = "sekreterare";
    private static final String ADMIN = "admin";

    /** Each page or download, and who may open it (admin holds every role in the demo). */
    private static final Map<String, Set<String>> TABLE = new LinkedHashMap<>();

    static {
        Set<String> anyStaff = Set.of(STAFF, ORGANISER, SECRETARY, ADMIN);
        TABLE.put("index.xhtml", anyStaff);
        for (String page : List.of("dialogue/interviews.xhtml", "dialogue/interview.xhtml", "dialogue/quotes.xhtml",
                "dialogue/themes.xhtml", "dialogue/stars.xhtml", "dialogue/star-edit.xhtml", "dialogue/import.xhtml",
                "dialogue/contributions.xhtml", "dialogue/search.json?q=ost", "dialogue/export?format=csv",
                "referencegroups/index.xhtml", "referencegroups/members.xhtml", "referencegroups/rounds.xhtml")) {
            TABLE.put(page, Set.of(STAFF, ADMIN));
        }
        TABLE.put("dialogue/present.xhtml?meeting=1", Set.of(STAFF, ORGANISER, ADMIN));
        for (String page : List.of("meetings/index.xhtml", "meetings/meeting-edit.xhtml", "meetings/venues.xhtml",
                "meetings/polls.xhtml", "meetings/outbox.xhtml")) {
            TABLE.put(page, Set.of(ORGANISER, ADMIN));
        }
        for (String page : List.of("reporting/index.xhtml", "reporting/versions.xhtml", "reporting/export?format=json")) {
            TABLE.put(page, Set.of(SECRETARY, ADMIN));
        }
        for (String page : List.of("admin/users.xhtml", "admin/audit.xhtml", "admin/personal-data.xhtml", "admin/person.xhtml",
                "admin/process.xhtml", "admin/districts.xhtml", "admin/target-groups.xhtml")) {
            TABLE.put(page, Set.of(ADMIN));
        }
        Set<String> everyone = Set.of("", STAFF, ORGANISER, SECRETARY, ADMIN);
        for (String page : List.of("public/meetings.xhtml", "public/contribute.xhtml",
                "public/accessibility.xhtml", "public/react.xhtml", "public/meetings.ics")) {
            TABLE.put(page, everyone);
        }
    }

    private final RunningServer server = SharedServer.current();

    @Test
    void everyRoleOpensExactlyWhatTheTableGivesIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String user : List.of("", STAFF, ORGANISER, SECRETARY, ADMIN)) {
            StaffHttpClient client = new StaffHttpClient(server.base());
            if (!user.isEmpty()) {
                HttpResponse<String> login = client.logIn(user, DemoCatalog.DEMO_PASSWORD);
                assertEquals(302, login.statusCode(), "login as " + user);
                List<String> cookies = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                        .toList();
                String cookie = cookies.isEmpty() ? "" : cookies.get(cookies.size() - 1);
                assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"),
                        "the last session cookie after login (the one a browser keeps): " + cookies);
            }
            for (Map.Entry<String, Set<String>> row : TABLE.entrySet()) {
                HttpResponse<String> answer = client.get(row.getKey());
                boolean allowed = row.getValue().contains(user);
                int status = answer.statusCode();
                String location = answer.headers().firstValue("Location").orElse("");
                boolean sentToLogin = status == 302 && location.contains("login.xhtml");
                if (allowed && status != 200) {
                    wrong.add((user.isEmpty() ? "anonymous" : user) + " may open " + row.getKey() + " but got " + status + " " + location);
                } else if (!allowed && user.isEmpty() && !sentToLogin) {
                    wrong.add("anonymous must log in for " + row.getKey() + " but got " + status);
                } else if (!allowed && !user.isEmpty() && status != 403) {
                    wrong.add(user + " must be refused " + row.getKey() + " but got " + status);
                }
            }
        }
        assertEquals("", String.join("\n", wrong));
    }

    @Test
    void aFormPostWithoutTheRoleIsRefusedAndAForgedViewStateChangesNothing() throws Exception {
        String title = "Smygstjärna " + Long.toString(System.nanoTime(), 36);
        StaffHttpClient organiser = new StaffHttpClient(server.base());
        organiser.logIn(ORGANISER, DemoCatalog.DEMO_PASSWORD);
        StaffHttpClient staff = new StaffHttpClient(server.base());
        staff.logIn(STAFF, DemoCatalog.DEMO_PASSWORD);
        String form = staff.get("dialogue/star-edit.xhtml").body();
        String realState = StaffHttpClient.viewState(form);
        String nonce = StaffHttpClient.nonce(form);

        assertEquals(403, post(organiser, "dialogue/star-edit.xhtml", title, realState, nonce).statusCode(),
                "an organiser may not create stars, whatever the form says");
        HttpResponse<String> forged = post(staff, "dialogue/star-edit.xhtml", title, "-1234567890:987654321", nonce);
        assertFalse(forged.statusCode() == 302, "a forged view state is not a saved form: " + forged.statusCode());

        String stars = staff.get("dialogue/stars.xhtml").body();
        assertFalse(stars.contains(title), "nothing was created");
        assertTrue(stars.contains("Stjärnor") || stars.contains("Stars"), "the star list itself opens");
    }

    @Test
    void methodsNoPageUsesAreRefused() throws Exception {
        // Public pages and servlets answer 405; staff pages first send an anonymous caller to log in.
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : List.of("public/contribute.xhtml", "dialogue/quotes.xhtml", "public/live/react")) {
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(server.base().resolve(page))
                        .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.ofString("x")).build(),
                        HttpResponse.BodyHandlers.discarding());
                int status = answer.statusCode();
                boolean toLogin = status == 302 && answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
                assertTrue(status == 403 || status == 405 || toLogin, page + " answered " + method + " with " + status);
            }
        }
    }

    private static HttpResponse<String> post(StaffHttpClient client, String page, String title, String viewState,
            String nonce) throws Exception {
        return client.post(page, "starForm=starForm&starForm%3Atitle=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&starForm%3Adescription=&starForm%3Astatus=PROPOSED&starForm%3Asave=Spara&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState, StandardCharsets.UTF_8) + "&primefaces.nonce=" + URLEncoder.encode(nonce,
                        StandardCharsets.UTF_8));
    }
}
