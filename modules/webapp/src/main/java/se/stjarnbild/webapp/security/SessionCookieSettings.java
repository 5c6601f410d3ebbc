package se.stjarnbild.webapp.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The session cookie: HttpOnly, SameSite=Lax so other sites' forms and scripts are not sent with a
 * staff session, and Secure whenever the request came over TLS. Payara reads neither the web.xml
 * attribute nor the programmatic one for SameSite (it is set here anyway, for containers that do),
 * so at login — when the session becomes worth something and its id is new — the cookie is sent
 * once more with every attribute; a browser keeps the last one it is sent.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setHttpOnly(true);
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }

    /** Sends the logged-in session's cookie again, with SameSite=Lax (and Secure over TLS). */
    static void resend(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", (name == null ? "JSESSIONID" : name) + "=" + session.getId() + "; Path=" + path
                + "; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
    }
}
