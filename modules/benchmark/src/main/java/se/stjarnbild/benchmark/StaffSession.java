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
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]+)\"");
    static final String NONCE_FIELD = "primefaces.nonce";

    /** The script nonce of the page last seen: every post back to a page must carry its page's nonce. */
    private volatile String nonce;

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final URI base;

    StaffSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    void logIn(String username, String password) throws IOException, InterruptedException {
        String login = get("login.xhtml").body();
        String form = "loginForm=loginForm&loginForm%3Ausername=" + encode(username) + "&loginForm%3Apassword="
                + encode(password) + "&loginForm%3Asubmit=Logga+in&jakarta.faces.ViewState="
                + encode(viewState(login)) + "&" + NONCE_FIELD + "=" + encode(nonce(login));
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

    /** The page's body, which must answer 200. */
    String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = remember(get(path));
        if (page.statusCode() != 200) {
            throw new IllegalStateException("/" + path + " answered " + page.statusCode());
        }
        return page.body();
    }

    /** The view state of a page's forms, to post back to it. */
    static String viewState(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new IllegalStateException("No form on the page");
        }
        return state.group(1);
    }

    /** The nonce field of a page's forms (see {@link #nonce}). */
    static String nonce(String html) {
        Matcher found = NONCE.matcher(html);
        if (!found.find()) {
            throw new IllegalStateException("No nonce field in the page's form");
        }
        return found.group(1);
    }

    private java.util.Map<String, String> withNonce(java.util.Map<String, String> fields) {
        if (fields.containsKey(NONCE_FIELD) || nonce == null) {
            return fields;
        }
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(NONCE_FIELD, nonce);
        return all;
    }

    private HttpResponse<String> remember(HttpResponse<String> answer) {
        Matcher found = NONCE.matcher(answer.body());
        if (found.find()) {
            nonce = found.group(1);
        }
        return answer;
    }

    /** Posts a form (as a PrimeFaces ajax request when {@code ajax}); the answer's body. */
    String post(String path, java.util.Map<String, String> fields, boolean ajax) throws IOException, InterruptedException {
        String body = withNonce(fields).entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return checked(path, remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString())));
    }

    /** Posts a form and answers the response's status (a redirect, 302, is how a JSF action says it went through). */
    int postForStatus(String path, java.util.List<java.util.Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"))
                + (nonce == null || fields.stream().anyMatch(e -> e.getKey().equals(NONCE_FIELD)) ? ""
                : "&" + NONCE_FIELD + "=" + encode(nonce));
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Posts a multipart form with one file, as a browser uploads it; the answer's body. */
    String upload(String path, java.util.Map<String, String> fields, String fileField, java.nio.file.Path file)
            throws IOException, InterruptedException {
        String boundary = "----stjarnbild" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (var field : withNonce(fields).entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(java.nio.file.Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return checked(path, remember(http.send(request, HttpResponse.BodyHandlers.ofString())));
    }

    /** A GET answered within the timeout: status and body, for timing. */
    HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return get(path);
    }

    private static String checked(String path, HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/" + path + " answered " + answer.statusCode());
        }
        return answer.body();
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
