package se.stjarnbild.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs in through the real login form and hands out the session cookie for the load generator. */
final class StaffSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final URI base;

    StaffSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    void logIn(String username, String password) throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(get("login.xhtml").body());
        if (!state.find()) {
            throw new IllegalStateException("No login form at " + base);
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + encode(username) + "&loginForm%3Apassword="
                + encode(password) + "&loginForm%3Asubmit=Logga+in&jakarta.faces.ViewState=" + encode(state.group(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Login as " + username + " refused (" + answer.statusCode() + ")");
        }
    }

    /** Fails unless the page answers 200 and shows what it should: no benchmark of a login redirect. */
    void expectPage(String path, String marker) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200 || !page.body().contains(marker)) {
            throw new IllegalStateException("/" + path + " answered " + page.statusCode() + " without '" + marker + "'");
        }
    }

    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString).findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie after login"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
