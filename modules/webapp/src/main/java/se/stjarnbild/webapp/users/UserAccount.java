package se.stjarnbild.webapp.users;

import java.util.Set;
import se.stjarnbild.model.users.Role;

/** What the identity store needs to know of a user. */
public record UserAccount(String username, String passwordHash, boolean enabled, Set<Role> roles) {
}
