package se.stjarnbild.reporting.web;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import se.stjarnbild.reporting.export.CampaignExport;
import se.stjarnbild.reporting.export.CsvZipSink;
import se.stjarnbild.reporting.export.JsonSink;
import se.stjarnbild.reporting.export.TableSink;
import se.stjarnbild.reporting.export.XlsxSink;

/** /reporting/export?format=csv|xlsx|json: all campaign data as one download (behind the secretary's constraint). */
@WebServlet("/reporting/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:app/jdbc/stjarnbild")
    private DataSource data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format") == null ? "xlsx" : request.getParameter("format");
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Stockholm"));
        String name = "stjarnbild-export-" + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
        TableSink sink;
        switch (format) {
            case "csv" -> {
                response.setContentType("application/zip");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-csv.zip\"");
                sink = new CsvZipSink(response.getOutputStream());
            }
            case "xlsx" -> {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
                sink = new XlsxSink(response.getOutputStream());
            }
            case "json" -> {
                response.setContentType("application/json; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
                sink = new JsonSink(response.getOutputStream(), "Stjärnbild", now.toOffsetDateTime().toString());
            }
            default -> {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be csv, xlsx or json");
                return;
            }
        }
        response.setHeader("Cache-Control", "no-store");
        try {
            CampaignExport.write(data, sink);
        } catch (SQLException e) {
            throw new IOException("the export could not read the database", e);
        }
    }
}
