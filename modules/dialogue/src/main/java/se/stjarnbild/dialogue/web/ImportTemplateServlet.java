package se.stjarnbild.dialogue.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.stjarnbild.dialogue.importing.ImportTemplate;

/** The import template (CSV, UTF-8, semicolons) to fill in with interviews; staff only, under /dialogue/*. */
@WebServlet("/dialogue/import-template")
public class ImportTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] template = ImportTemplate.bytes();
        response.setContentType(ImportTemplate.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ImportTemplate.FILE_NAME + "\"");
        response.setContentLength(template.length);
        response.getOutputStream().write(template);
    }
}
