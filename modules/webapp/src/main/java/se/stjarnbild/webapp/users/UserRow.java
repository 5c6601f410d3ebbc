package se.stjarnbild.webapp.users;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import se.stjarnbild.model.users.Role;

/** One user as the administration pages show and edit it; {@code version} guards concurrent edits. */
public record UserRow(long id, long version, String username, String displayName, String email, boolean enabled,
        Set<Role> roles, Instant createdAt) implements Serializable {

    /** Roles in their natural order, for display and sorting. */
    public String rolesKey() {
        return roles.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("");
    }
}
