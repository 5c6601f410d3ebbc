package se.stjarnbild.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import se.stjarnbild.model.audit.AuditAction;
import se.stjarnbild.model.audit.AuditWriter;

/**
 * Staff log in on the JSF login page (which calls SecurityContext.authenticate); afterwards the
 * caller and roles kept in the session are handed to the container on every request.
 * <p>
 * Why not Jakarta Security's built-in form mechanism: on Payara its auto-applied session loses the
 * caller's groups under concurrent requests from several sessions, answering 403 to logged-in
 * users (Payara issue #6145), and its login-to-continue restore leaves roles unset (#4734).
 * Keeping the roles ourselves, in a serializable session attribute, also carries them to other
 * servers of a cluster with the session.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = StaffAuthenticationMechanism.class.getName() + ".caller";
    static final String WANTED_PAGE = StaffAuthenticationMechanism.class.getName() + ".wantedPage";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginAttempts attempts;

    @Inject
    private AuditWriter audit;

    /** Set on the request when a login was refused because the name has failed too often. */
    static final String THROTTLED = StaffAuthenticationMechanism.class.getName() + ".throttled";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return logIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER);
        if (caller instanceof StaffCaller staff) {
            return context.notifyContainerAboutLogin(staff.username(), staff.roles());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                request.getSession().setAttribute(WANTED_PAGE, pageOf(request));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String typed = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
        if (attempts.blocked(typed)) {
            audit.event(AuditAction.LOGIN_FAILED, loginName(typed), "AppUser", null, "refused without trying: too many failures");
            request.setAttribute(THROTTLED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            attempts.failed(typed);
            audit.event(AuditAction.LOGIN_FAILED, loginName(typed), "AppUser", null, null);
            return AuthenticationStatus.SEND_FAILURE;
        }
        attempts.succeeded(typed);
        String username = result.getCallerPrincipal().getName();
        Set<String> roles = Set.copyOf(result.getCallerGroups());
        request.getSession().setAttribute(CALLER, new StaffCaller(username, roles));
        audit.event(AuditAction.LOGIN, username, "AppUser", null, null);
        return context.notifyContainerAboutLogin(username, roles);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The name typed at a failed login, as the log keeps it (never blank, never long). */
    private static String loginName(String typed) {
        String name = typed == null || typed.isBlank() ? "(tomt)" : typed.strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** The page asked for before login, within this application, to return to after it. */
    static String pageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    /** Takes (and forgets) the page asked for before login; the dashboard when there was none. */
    static String takeWantedPage(HttpSession session) {
        Object wanted = session == null ? null : session.getAttribute(WANTED_PAGE);
        if (session != null) {
            session.removeAttribute(WANTED_PAGE);
        }
        return wanted instanceof String page && page.startsWith("/") && !page.startsWith("//")
                && !page.startsWith(LOGIN_PAGE) ? page : "/";
    }
}
