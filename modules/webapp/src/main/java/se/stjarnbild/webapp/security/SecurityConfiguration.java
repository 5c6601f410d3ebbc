package se.stjarnbild.webapp.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import se.stjarnbild.model.users.Role;

/**
 * The roles. Staff log in through {@link StaffAuthenticationMechanism} against
 * {@link UserIdentityStore}; which paths need which role is declared in web.xml, closed by default.
 */
@DeclareRoles({Role.STAFF_NAME, Role.ORGANISER_NAME, Role.SECRETARY_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
