package se.stjarnbild.webapp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: no content-type guessing, no referrer to other sites, and no
 * framing by other sites (the decision document's preview frames our own page only). A servlet
 * that needs a stricter policy (the preview) sets its own. Methods no page uses are refused.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * What a page may load and where its forms may go: only this site's own scripts, styles, images,
     * fonts and connections (the live results), no plugins, no other base address, forms posted
     * only back here, framed only by this site. Inline scripts stay allowed because Jakarta Faces
     * and PrimeFaces write their event handlers inline; everything people type is escaped or
     * cleaned on the way in, which is what keeps their words from running.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The methods the pages and downloads use; anything else (PUT, DELETE, TRACE …) is refused. */
    private static final java.util.List<String> ALLOWED_METHODS = java.util.List.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", POLICY);
        if (!ALLOWED_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", ALLOWED_METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
