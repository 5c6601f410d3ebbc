package se.stjarnbild.webapp.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import se.stjarnbild.model.users.Role;

/**
 * Staff log in on the JSF login page; the identity store is {@link UserIdentityStore}. Which
 * paths need which role is declared in web.xml, closed by default.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.STAFF_NAME, Role.ORGANISER_NAME, Role.SECRETARY_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
