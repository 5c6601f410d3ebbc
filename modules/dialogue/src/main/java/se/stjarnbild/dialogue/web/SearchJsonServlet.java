package se.stjarnbild.dialogue.web;

import jakarta.json.spi.JsonProvider;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import se.stjarnbild.dialogue.search.Search;
import se.stjarnbild.dialogue.search.SearchHit;
import se.stjarnbild.dialogue.search.SearchKind;
import se.stjarnbild.dialogue.search.SearchRequest;
import se.stjarnbild.dialogue.search.SearchResults;
import se.stjarnbild.dialogue.search.SearchStatus;

/**
 * /dialogue/search.json?q=…&amp;kind=QUOTE&amp;district=…&amp;offset=…&amp;limit=…: the same search as the
 * search page, as JSON for scripts and quick look-ups (staff only, under /dialogue/*). The time the
 * search itself took is in the Server-Timing header; {@code &status} adds the index's size and the database's. Hit HTML is escaped with matches in &lt;mark&gt;.
 */
@WebServlet("/dialogue/search.json")
public class SearchJsonServlet extends HttpServlet {

    /** Looked up once: {@code Json.create…} would search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;

    @Inject
    private Search search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SearchRequest query;
        try {
            String kind = request.getParameter("kind");
            Set<SearchKind> kinds = kind == null || kind.isBlank() ? Set.of() : EnumSet.of(SearchKind.valueOf(kind.trim()));
            query = new SearchRequest(request.getParameter("q"), kinds, number(request, "district"),
                    (int) (long) orElse(number(request, "offset"), 0L),
                    (int) (long) orElse(number(request, "limit"), (long) SearchRequest.DEFAULT_LIMIT));
        } catch (IllegalArgumentException bad) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "kind, district, offset and limit must be valid");
            return;
        }
        long started = System.nanoTime();
        SearchResults results = search.search(query);
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "search;dur=%.2f", millis));
        JsonArrayBuilder hits = JSON.createArrayBuilder();
        for (SearchHit hit : results.hits()) {
            hits.add(JSON.createObjectBuilder().add("kind", hit.kind().name()).add("id", hit.id())
                    .add("titleHtml", hit.titleHtml() == null ? "" : hit.titleHtml()).add("fragmentHtml", hit.fragmentHtml()));
        }
        var body = JSON.createObjectBuilder().add("total", results.total()).add("hits", hits);
        if (request.getParameter("status") != null) {
            SearchStatus status = search.status();
            body.add("indexed", status.indexed()).add("inDatabase", status.inDatabase()).add("rebuilding", status.rebuilding());
        }
        try (JsonGenerator out = JSON.createGenerator(response.getWriter())) {
            out.write(body.build());
        }
    }

    private static Long number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    }

    private static Long orElse(Long value, Long fallback) {
        return value == null ? fallback : value;
    }
}
