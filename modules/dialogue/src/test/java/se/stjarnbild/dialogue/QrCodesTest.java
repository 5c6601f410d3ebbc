package se.stjarnbild.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String LINK = "https://stjarnbild.krokom.se/public/feedback.xhtml?t=" + "A".repeat(43);

    @Test
    void drawsEveryDarkModuleOfTheCodeInsideAQuietZone() {
        String svg = QrCodes.svg(LINK, "QR-kod");
        QrCode code = QrCode.encodeText(LINK, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                dark += code.getModule(x, y) ? 1 : 0;
            }
        }
        Matcher squares = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        int drawn = 0;
        while (squares.find()) {
            int x = Integer.parseInt(squares.group(1));
            int y = Integer.parseInt(squares.group(2));
            assertTrue(code.getModule(x - 4, y - 4), "light module drawn at " + x + "," + y);
            drawn++;
        }
        assertEquals(dark, drawn);
        assertTrue(svg.contains("viewBox=\"0 0 " + (code.size + 8) + " " + (code.size + 8) + "\""));
    }

    @Test
    void theLabelIsEscaped() {
        String svg = QrCodes.svg(LINK, "a\"><script>");
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("aria-label=\"a&quot;&gt;&lt;script&gt;\""));
    }
}
