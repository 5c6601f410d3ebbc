package se.stjarnbild.webapp.it.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person's browser without the browser: cookies kept, redirects not followed, the JSF login form posted. */
public final class StaffHttpClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    public StaffHttpClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts the login form as a person would; returns the response to the post (a redirect on success). */
    public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on the login page: " + page.statusCode());
        }
        Map<String, String> form = Map.of(
                "loginForm", "loginForm",
                "loginForm:username", username,
                "loginForm:password", password,
                "loginForm:submit", "Logga in",
                "jakarta.faces.ViewState", state.group(1),
                "primefaces.nonce", nonce(page.body()));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with a body already encoded, as a browser sends it; redirects are not followed. */
    public HttpResponse<String> post(String path, String encodedForm) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The script nonce a page's forms send back with every post (its Content-Security-Policy). */
    public static String nonce(String html) {
        Matcher nonce = NONCE.matcher(html);
        if (!nonce.find()) {
            throw new IllegalStateException("No nonce field in the page's form");
        }
        return nonce.group(1);
    }

    /** The view state of the page's first form. */
    public static String viewState(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new IllegalStateException("No form on the page");
        }
        return state.group(1);
    }
}
