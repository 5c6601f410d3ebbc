package se.stjarnbild.reporting.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The document's pictures, drawn with Java2D in the document's own font and written as opaque
 * PNG (PDF/A allows it, and no image library is needed): the star image over the five districts
 * and simple bar charts. Every picture goes into the document with a text alternative and its
 * numbers in a table beside it.
 */
public final class Pictures {

    private static final Color INK = new Color(0x1b1f24);
    private static final Color ACCENT = new Color(0x0b4f8a);
    private static final Color SOFT = new Color(0xf3f6f9);
    private static final Color LINE = new Color(0xc9d1d9);
    private static final Color STAR = new Color(0xd9a400);
    private static final Font FONT = loadFont();

    private Pictures() {
    }

    private static Font loadFont() {
        try (InputStream in = Pictures.class.getResourceAsStream("/se/stjarnbild/reporting/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the document font is missing from the build", e);
        }
    }

    /**
     * The districts side by side, each star drawn in the districts it applies to (a star for the
     * whole municipality spans the band above), its size by its share of the evidence, numbered
     * as in the table.
     */
    public static byte[] starImage(List<String> districts, List<StarSection> stars) {
        StarLayout layout = new StarLayout(districts, stars);
        int columns = Math.max(1, districts.size());
        int width = StarLayout.WIDTH;
        int height = layout.height;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        double band = layout.columnsTop;
        double columnWidth = layout.columnWidth;
        for (int i = 0; i < columns; i++) {
            double x = 10 + i * columnWidth;
            g.setColor(SOFT);
            g.fill(new RoundRectangle2D.Double(x + 4, band + 10, columnWidth - 8, height - band - 20, 18, 18));
            g.setColor(LINE);
            g.draw(new RoundRectangle2D.Double(x + 4, band + 10, columnWidth - 8, height - band - 20, 18, 18));
            if (!districts.isEmpty()) {
                centred(g, districts.get(i), x + columnWidth / 2, height - 24, fitting(g, districts.get(i), 15f, 11f,
                        columnWidth - 12), INK, columnWidth - 12);
            }
        }
        centred(g, Words.get("star.wholeMunicipality"), width / 2.0, 24, 15f, INK, width);
        for (StarLayout.Placed star : layout.placed) {
            drawStar(g, star.x(), star.y(), star.radius(), star.number());
        }
        g.dispose();
        return png(image);
    }

    /** Horizontal bars, one per label, the number written at the end of each bar. */
    public static byte[] barChart(List<Count> counts) {
        int rowHeight = 34;
        int width = 960;
        int height = Math.max(1, counts.size()) * rowHeight + 20;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setFont(FONT.deriveFont(15f));
        int labelWidth = 300;
        long most = counts.stream().mapToLong(Count::value).max().orElse(1);
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            int y = 10 + i * rowHeight;
            g.setColor(INK);
            g.drawString(fit(g, count.label(), labelWidth - 10), 10, y + 22);
            int bar = (int) Math.round((width - labelWidth - 90) * (double) count.value() / Math.max(1, most));
            g.setColor(ACCENT);
            g.fillRect(labelWidth, y + 6, Math.max(bar, 1), rowHeight - 12);
            g.setColor(INK);
            g.drawString(Words.number(count.value()), labelWidth + bar + 8, y + 22);
        }
        g.dispose();
        return png(image);
    }

    /**
     * Each star's two medians on the 1–5 scale as a pair of bars (how true, how unique), with the
     * value written at the end of each; a star without ratings gets no bars.
     */
    public static byte[] ratingChart(List<StarSection> stars) {
        int rowHeight = 54;
        int width = 960;
        int height = Math.max(1, stars.size()) * rowHeight + 50;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setFont(FONT.deriveFont(15f));
        int labelWidth = 300;
        int scale = width - labelWidth - 90;
        for (int i = 0; i < stars.size(); i++) {
            StarSection star = stars.get(i);
            int y = 10 + i * rowHeight;
            g.setColor(INK);
            g.drawString(fit(g, star.title(), labelWidth - 10), 10, y + 30);
            Ratings r = star.ratings();
            if (r == null || r.answers() == 0) {
                g.setColor(INK);
                g.drawString("–", labelWidth, y + 30);
                continue;
            }
            bar(g, labelWidth, y + 4, scale, r.truthMedian(), ACCENT);
            bar(g, labelWidth, y + 26, scale, r.uniquenessMedian(), STAR);
        }
        int legend = height - 22;
        g.setColor(ACCENT);
        g.fillRect(labelWidth, legend - 12, 14, 14);
        g.setColor(INK);
        g.drawString(Words.get("chart.ratings.truth"), labelWidth + 20, legend);
        g.setColor(STAR);
        g.fillRect(labelWidth + 260, legend - 12, 14, 14);
        g.setColor(INK);
        g.drawString(Words.get("chart.ratings.uniqueness"), labelWidth + 280, legend);
        g.dispose();
        return png(image);
    }

    private static void bar(Graphics2D g, int x, int y, int scale, Double median, Color color) {
        if (median == null) {
            return;
        }
        int length = (int) Math.round(scale * median / 5.0);
        g.setColor(color);
        g.fillRect(x, y, Math.max(length, 1), 18);
        g.setColor(INK);
        g.drawString(Words.decimal(median), x + length + 8, y + 15);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static void drawStar(Graphics2D g, double cx, double cy, double radius, int number) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.45;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.setColor(STAR);
        g.fill(star);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(star);
        centred(g, Integer.toString(number), cx, cy + 6, 14f, INK, radius * 2);
    }

    private static void centred(Graphics2D g, String text, double cx, double baseline, float size, Color color, double room) {
        g.setFont(FONT.deriveFont(size));
        g.setColor(color);
        String shown = fit(g, text, (int) room);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(shown, (float) (cx - metrics.stringWidth(shown) / 2.0), (float) baseline);
    }

    /** The largest size from {@code largest} down to {@code smallest} at which the whole text fits the room. */
    private static float fitting(Graphics2D g, String text, float largest, float smallest, double room) {
        for (float size = largest; size > smallest; size -= 0.5f) {
            if (g.getFontMetrics(FONT.deriveFont(size)).stringWidth(text) <= room) {
                return size;
            }
        }
        return smallest;
    }

    private static String fit(Graphics2D g, String text, int room) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= room) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && metrics.stringWidth(shortened + "…") > room) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
