package se.stjarnbild.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;

/**
 * Headers every answer carries: no content-type guessing, no referrer to other sites, and no
 * framing by other sites (the decision document's preview frames our own page only). A servlet
 * that needs a stricter policy (the preview) sets its own. Methods no page uses are refused.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /**
     * What an answer may load and where its forms may go: only this site's own scripts, styles,
     * images, fonts and connections (the live results), no plugins, no other base address, forms
     * posted only back here, framed only by this site. No inline script and no eval: pages get the
     * same policy from PrimeFaces with their nonce appended (see {@link #PAGE_POLICY}), and an
     * answer that is not a page (a download, the live stream, an error) has no script at all.
     * Inline styles stay allowed: they cannot run code.
     */
    static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'; script-src 'self'";

    /** The pages' policy; PrimeFaces appends {@code 'nonce-…';} to its last directive, script-src. */
    static final String PAGE_POLICY = POLICY;

    /** The methods the pages and downloads use; anything else (PUT, DELETE, TRACE …) is refused. */
    private static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST");

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader(CSP, POLICY);
        // An error page or a forward is rendered for a request already let through; it needs the
        // wrapper again so that its page's policy, not a second one, is what the browser gets.
        if (request.getDispatcherType() == DispatcherType.REQUEST && !ALLOWED_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", ALLOWED_METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * Lets a page's own policy (with its nonce) replace the default instead of adding a second
     * header: two policies would both apply, and the default would block the nonce's scripts.
     */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /** The page policy for {@code primefaces.CSP_POLICY} in web.xml. */
    @Named("securityHeaders")
    @ApplicationScoped
    public static class Policies {

        public String getPagePolicy() {
            return PAGE_POLICY;
        }
    }
}
