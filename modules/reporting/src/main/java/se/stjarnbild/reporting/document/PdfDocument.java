package se.stjarnbild.reporting.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * The document's HTML as an archivable PDF: PDF/A-2a and PDF/UA at once (tagged structure,
 * document language Swedish from the html element, the title in the metadata), with the
 * document font embedded and an sRGB output intent taken from the Java runtime's own profile.
 */
public final class PdfDocument {

    private static final String FONTS = "/se/stjarnbild/reporting/fonts/";

    private PdfDocument() {
    }

    public static byte[] render(Document html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            // People's own words may hold emoji and symbols DejaVu Sans lacks; without a fallback
            // they printed as "#", which changes what was said.
            builder.useFont(() -> PdfDocument.class.getResourceAsStream(FONTS + "Symbola.ttf"), "Symbola", 400,
                    FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> PdfDocument.class.getResourceAsStream(FONTS + file), "DejaVu Sans", weight, style, true);
    }
}
