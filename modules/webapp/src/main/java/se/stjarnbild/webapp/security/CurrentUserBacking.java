package se.stjarnbild.webapp.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import se.stjarnbild.model.users.Role;
import se.stjarnbild.webapp.users.UserService;

/** The logged-in person, for the layout's header and navigation, and logging out. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserService users;

    @Inject
    private FacesContext faces;

    @Inject
    private SessionUser sessionUser;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        String username = getUsername();
        return username == null ? null
                : sessionUser.displayName(username, name -> users.displayName(name).orElse(name));
    }

    /** Another user's name as people know it ("Sara Sekreterare"), for "saved by" lines; the login name if unknown. */
    public String nameOf(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        // A list of versions names the same few people on every row: ask once per request.
        return names.computeIfAbsent(username, name -> users.displayName(name).orElse(name));
    }

    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    /**
     * Asks the servlet container, which also decides the URL constraints. (Soteria's
     * SecurityContext answered false on the request restored after login-to-continue.)
     */
    public boolean hasRole(String role) {
        return faces.getExternalContext().isUserInRole(Role.valueOf(role).name());
    }

    /** Ends the session and returns to the login page, in the language the person had. */
    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        String lang = faces.getViewRoot().getLocale().getLanguage();
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true&lang=" + lang);
    }
}
