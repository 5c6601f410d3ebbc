package se.stjarnbild.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One HTTP/1.1 request on a new connection, closed after the answer: what a browser does when a
 * page has been open longer than the server keeps idle connections. A socket costs the client
 * almost nothing, where a Java HttpClient per request (its own selector thread and pool) took
 * more of the shared cores than the server did: the same static file answered 280–320 times a
 * second at 100 at once that way, 3,100–3,900 times over plain sockets.
 */
final class BrowserConnection {

    /** Status code, the header lines and the decoded body. */
    record Answer(int status, String head, String body) {

        /** The cookies the answer sets, as a browser sends them back ("name=value; name=value"), or null. */
        String cookies() {
            String joined = head.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                    .map(line -> line.substring(11).trim())
                    .map(cookie -> cookie.indexOf(';') < 0 ? cookie : cookie.substring(0, cookie.indexOf(';')))
                    .reduce((a, b) -> a + "; " + b).orElse("");
            return joined.isEmpty() ? null : joined;
        }
    }

    private BrowserConnection() {
    }

    static Answer get(URI uri, String cookie) throws IOException {
        return send(uri, "GET", cookie, null, null);
    }

    static Answer postForm(URI uri, String cookie, String form) throws IOException {
        return send(uri, "POST", cookie, "application/x-www-form-urlencoded", form);
    }

    private static Answer send(URI uri, String method, String cookie, String contentType, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        if (cookie != null) {
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /** A whole answer as read until the server closed: status line, headers, body (chunked or not). */
    static Answer parse(byte[] raw) throws IOException {
        String head = headOf(raw);
        if (!head.startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer: " + head.lines().findFirst().orElse(""));
        }
        int status = Integer.parseInt(head.substring(9, 12));
        int start = head.length() + 4;
        byte[] body = head.toLowerCase(Locale.ROOT).contains("\r\ntransfer-encoding: chunked")
                ? dechunk(raw, start) : Arrays.copyOfRange(raw, start, raw.length);
        return new Answer(status, head, new String(body, StandardCharsets.UTF_8));
    }

    private static String headOf(byte[] raw) throws IOException {
        for (int i = 0; i + 3 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                return new String(raw, 0, i, StandardCharsets.ISO_8859_1);
            }
        }
        throw new IOException("The answer ended inside its headers (" + raw.length + " bytes)");
    }

    private static byte[] dechunk(byte[] raw, int from) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = from;
        while (true) {
            int lineEnd = indexOfCrLf(raw, at);
            String sizeLine = new String(raw, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            at = lineEnd + 2;
            if (size == 0) {
                return body.toByteArray();
            }
            if (at + size > raw.length) {
                throw new IOException("A chunk of " + size + " bytes is cut off");
            }
            body.write(raw, at, size);
            at += size + 2;
        }
    }

    private static int indexOfCrLf(byte[] raw, int from) throws IOException {
        for (int i = from; i + 1 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                return i;
            }
        }
        throw new IOException("A chunk size line is cut off");
    }
}
