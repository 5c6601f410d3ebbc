package se.stjarnbild.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import se.stjarnbild.reporting.DecisionDocuments;
import se.stjarnbild.reporting.DocumentFile;

/**
 * The document's files for the secretary (behind the /reporting/* constraint): the live preview
 * of the draft as HTML, and each version's PDF, DOCX or HTML byte for byte as generated.
 */
@WebServlet({"/reporting/preview.html", "/reporting/file"})
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getServletPath().endsWith("preview.html")) {
            response.setContentType("text/html; charset=UTF-8");
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
            String html = documents.ready() ? documents.preview()
                    : "<!DOCTYPE html><html lang=\"sv\"><meta charset=\"utf-8\"><title>Förhandsgranskning</title><p>"
                            + java.util.ResourceBundle.getBundle("se.stjarnbild.reporting.web.messages", java.util.Locale.forLanguageTag("sv"),
                            DocumentServlet.class.getClassLoader()).getString("document.noCampaign") + "</p></html>";
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            return;
        }
        int number;
        try {
            number = Integer.parseInt(request.getParameter("version"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "version must be a number");
            return;
        }
        String format = request.getParameter("format") == null ? "pdf" : request.getParameter("format");
        DocumentFile file = documents.file(number, format).orElse(null);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.bytes().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.getOutputStream().write(file.bytes());
    }
}
