package se.stjarnbild.dialogue;

import io.nayuki.qrcodegen.QrCode;

/**
 * A link as a QR code drawn in SVG (a member's personal link on a letter, the presentation's join
 * link): one path of unit squares inside a four-module quiet zone, so it prints sharp at any size
 * and needs no image files.
 */
public final class QrCodes {

    private static final int QUIET = 4;

    private QrCodes() {
    }

    public static String svg(String text, String label) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" role=\"img\""
                + " aria-label=\"" + escape(label) + "\" class=\"qr\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
