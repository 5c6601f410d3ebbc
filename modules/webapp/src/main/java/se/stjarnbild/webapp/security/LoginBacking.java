package se.stjarnbild.webapp.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.stjarnbild.webapp.i18n.Texts;

/** Backs login.xhtml. One message for every failure: it never says whether the user exists. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;

    /** A logged-in person who opens the login page goes to the dashboard. */
    public void redirectIfLoggedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/");
        }
    }

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new session id before the session becomes authenticated: a fixated id is worthless.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String caller = username == null ? "" : username.trim();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(caller, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                SessionCookieSettings.resend(request, response);
                external.redirect(external.getRequestContextPath()
                        + StaffAuthenticationMechanism.takeWantedPage(request.getSession(false)));
            }
            default -> {
                boolean throttled = Boolean.TRUE.equals(request.getAttribute(StaffAuthenticationMechanism.THROTTLED));
                FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.get(throttled ? "login.throttled" : "login.failed"), null);
                faces.addMessage(null, message);
                faces.validationFailed();
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
