package se.stjarnbild.dialogue.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import se.stjarnbild.dialogue.QuoteExportRow;
import se.stjarnbild.dialogue.QuoteExports;
import se.stjarnbild.dialogue.QuoteFilter;
import se.stjarnbild.dialogue.export.QuoteSheetWriter;
import se.stjarnbild.dialogue.export.SheetLabels;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;

/**
 * /dialogue/export?format=csv|xlsx with the quote list's filters as parameters: the quotes with
 * their themes, places, districts and stars as a file to open in Excel. Streamed a batch at a time.
 * Behind the /dialogue/* constraint (staff only).
 */
@WebServlet("/dialogue/export")
public class QuoteExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BATCH = 2_000;

    @Inject
    private QuoteExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QuoteFilter filter;
        try {
            filter = new QuoteFilter(longParam(request, "district"), enumParam(request, "source", QuoteSource.class),
                    enumParam(request, "attribution", AttributionLevel.class), request.getParameter("words"),
                    longParam(request, "theme"), enumParam(request, "category", RespondentCategory.class),
                    longParam(request, "star"));
        } catch (IllegalArgumentException badParameter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, badParameter.getMessage());
            return;
        }
        String format = request.getParameter("format");
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("xlsx")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be csv or xlsx");
            return;
        }
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.forLanguageTag("en-GB") : Locale.forLanguageTag("sv-SE");
        ResourceBundle texts = ResourceBundle.getBundle("se.stjarnbild.dialogue.web.messages", locale,
                QuoteExportServlet.class.getClassLoader());
        QuoteSheetWriter writer = QuoteSheetWriter.of(format);
        String day = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        response.setContentType(writer.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + texts.getString("export.fileName") + "-"
                + day + "." + writer.fileExtension() + "\"");
        response.setHeader("Cache-Control", "no-store");
        List<String> header = se.stjarnbild.dialogue.export.QuoteSheetHeader.keys().stream().map(texts::getString).toList();
        writer.write(header, new Batches(filter), labels(texts, locale), response.getOutputStream());
    }

    private static SheetLabels labels(ResourceBundle texts, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ISO_LOCAL_DATE;
        return new SheetLabels() {
            @Override
            public String label(Enum<?> value) {
                String prefix = value instanceof QuoteSource ? "source." : value instanceof AttributionLevel
                        ? "attribution." : "category.";
                return texts.getString(prefix + value.name());
            }

            @Override
            public String date(LocalDate date) {
                return dates.format(date);
            }

            @Override
            public String sheetName() {
                return texts.getString("export.sheet");
            }
        };
    }

    private static Long longParam(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }

    private static <E extends Enum<E>> E enumParam(HttpServletRequest request, String name, Class<E> type) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
    }

    /** The filtered quotes in id order, fetched a batch at a time while the file is written. */
    private final class Batches implements Iterator<QuoteExportRow> {

        private final QuoteFilter filter;
        private Iterator<QuoteExportRow> current = List.<QuoteExportRow>of().iterator();
        private long lastId = 0;
        private boolean exhausted;

        Batches(QuoteFilter filter) {
            this.filter = filter;
        }

        @Override
        public boolean hasNext() {
            if (!current.hasNext() && !exhausted) {
                List<QuoteExportRow> batch = exports.batch(filter, lastId, BATCH);
                exhausted = batch.size() < BATCH;
                current = batch.iterator();
            }
            return current.hasNext();
        }

        @Override
        public QuoteExportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            QuoteExportRow row = current.next();
            lastId = row.id();
            return row;
        }
    }
}
