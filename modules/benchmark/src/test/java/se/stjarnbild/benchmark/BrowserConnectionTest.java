package se.stjarnbild.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BrowserConnectionTest {

    private static byte[] bytes(String answer) {
        return answer.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAPlainAnswerToTheEnd() throws IOException {
        BrowserConnection.Answer answer = BrowserConnection.parse(bytes(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<p id=\"receipt\">Välkommen</p>"));

        assertEquals(200, answer.status());
        assertEquals("<p id=\"receipt\">Välkommen</p>", answer.body());
    }

    @Test
    void joinsChunksEvenWhereAWordIsSplitAcrossThem() throws IOException {
        String first = "<p id=\"rec";
        String second = "eipt\">Plats på väntelistan</p>";
        BrowserConnection.Answer answer = BrowserConnection.parse(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(first.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + first + "\r\n"
                + Integer.toHexString(second.getBytes(StandardCharsets.UTF_8).length) + ";ext=1\r\n" + second + "\r\n"
                + "0\r\n\r\n"));

        assertEquals(first + second, answer.body());
    }

    @Test
    void givesBackTheCookiesAsABrowserSendsThem() throws IOException {
        BrowserConnection.Answer answer = BrowserConnection.parse(bytes("HTTP/1.1 200 OK\r\n"
                + "Set-Cookie: JSESSIONID=abc123; Path=/; HttpOnly; SameSite=Lax\r\nset-cookie: other=x\r\n\r\n"));

        assertEquals("JSESSIONID=abc123; other=x", answer.cookies());
        assertEquals(null, BrowserConnection.parse(bytes("HTTP/1.1 200 OK\r\n\r\n")).cookies());
    }

    @Test
    void keepsTheStatusOfAnError() throws IOException {
        assertEquals(429, BrowserConnection.parse(bytes("HTTP/1.1 429 Too Many Requests\r\nContent-Length: 0\r\n\r\n")).status());
    }

    @Test
    void aCutOffAnswerIsAnErrorNotAnEmptyPage() {
        assertThrows(IOException.class, () -> BrowserConnection.parse(bytes("HTTP/1.1 200 OK\r\nContent-Ty")));
        assertThrows(IOException.class, () -> BrowserConnection.parse(bytes(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\nonly a little")));
        assertThrows(IOException.class, () -> BrowserConnection.parse(bytes("garbage\r\n\r\n")));
    }
}
