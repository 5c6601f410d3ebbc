package se.stjarnbild.webapp.users;

import jakarta.inject.Inject;
import se.stjarnbild.model.audit.AuditWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.stjarnbild.model.users.AppUser;
import se.stjarnbild.model.users.Role;

/**
 * Staff accounts. Changing users is for administrators only (checked here, not only in the
 * pages); at least one enabled administrator always remains.
 */
@Stateless
public class UserService {

    private static final String USERNAME_PATTERN = "[a-z0-9._-]{2,60}";

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords();

    @PermitAll
    public Optional<UserAccount> findAccount(String username) {
        return findByUsername(username).map(u -> new UserAccount(u.getUsername(), u.getPasswordHash(),
                u.isEnabled(), rolesOf(u)));
    }

    @PermitAll
    public Optional<String> displayName(String username) {
        return findByUsername(username).map(AppUser::getDisplayName);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserRow> list() {
        return em.createQuery("select u from AppUser u order by u.username", AppUser.class).getResultList()
                .stream().map(UserService::row).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<UserRow> find(long id) {
        return Optional.ofNullable(em.find(AppUser.class, id)).map(UserService::row);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserRow create(String username, String displayName, String email, String password, Set<Role> roles) {
        return row(createUnchecked(username, displayName, email, password, roles));
    }

    /**
     * Saves an edit. {@code version} is the one the editor started from; if someone else saved in
     * between, nothing changes and the editor is told. A blank password keeps the old one.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public UserRow update(long id, long version, String displayName, String email, boolean enabled, Set<Role> roles,
            String newPassword, String actingUsername) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new UserAdminException("user.notFound", null);
        }
        if (user.getVersion() != version) {
            throw new UserAdminException("user.editConflict", null);
        }
        boolean staysAdmin = enabled && roles.contains(Role.ADMIN);
        if (user.hasRole(Role.ADMIN) && user.isEnabled() && !staysAdmin) {
            if (user.getUsername().equals(actingUsername)) {
                throw new UserAdminException("user.cannotDemoteSelf", "roles");
            }
            if (enabledAdmins() <= 1) {
                throw new UserAdminException("user.lastAdmin", "roles");
            }
        }
        requireRoles(roles);
        Set<Role> rolesBefore = rolesOf(user);
        user.setDisplayName(requireText(displayName, "displayName"));
        user.setEmail(blankToNull(email));
        user.setEnabled(enabled);
        user.setRoles(roles);
        if (newPassword != null && !newPassword.isEmpty()) {
            PasswordPolicy.problemWith(newPassword, user.getUsername()).ifPresent(problem -> {
                throw new UserAdminException(problem, "password");
            });
            user.setPasswordHash(passwords.hash(newPassword.toCharArray()));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new UserAdminException("user.editConflict", null);
        }
        audit.linkSets("AppUser", user.getId(), "roles", rolesBefore, roles);
        return row(user);
    }

    /** Creates the configured first administrator unless an enabled administrator exists. */
    @PermitAll
    public boolean ensureAdministrator(String username, String password) {
        if (enabledAdmins() > 0) {
            return false;
        }
        Optional<AppUser> existing = findByUsername(username);
        if (existing.isPresent()) {
            AppUser user = existing.get();
            PasswordPolicy.problemWith(password, username).ifPresent(problem -> {
                throw new UserAdminException(problem, "password");
            });
            user.setEnabled(true);
            Set<Role> roles = rolesOf(user);
            roles.add(Role.ADMIN);
            Set<Role> rolesBefore = rolesOf(user);
            user.setRoles(roles);
            user.setPasswordHash(passwords.hash(password.toCharArray()));
            em.flush();
            audit.linkSets("AppUser", user.getId(), "roles", rolesBefore, roles);
            return true;
        }
        createUnchecked(username, "Administratör", null, password, EnumSet.allOf(Role.class));
        return true;
    }

    /** For start-up code (demo users, the first admin): no caller is logged in then. */
    @PermitAll
    public boolean createIfMissing(String username, String displayName, String password, Set<Role> roles) {
        if (findByUsername(username).isPresent()) {
            return false;
        }
        createUnchecked(username, displayName, null, password, roles);
        return true;
    }

    private AppUser createUnchecked(String username, String displayName, String email, String password,
            Set<Role> roles) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.matches(USERNAME_PATTERN)) {
            throw new UserAdminException("user.username.pattern", "username");
        }
        if (findByUsername(name).isPresent()) {
            throw new UserAdminException("user.username.taken", "username");
        }
        PasswordPolicy.problemWith(password, name).ifPresent(problem -> {
            throw new UserAdminException(problem, "password");
        });
        requireRoles(roles);
        AppUser user = new AppUser(name, requireText(displayName, "displayName"), passwords.hash(password.toCharArray()));
        user.setEmail(blankToNull(email));
        user.setRoles(roles);
        em.persist(user);
        em.flush();
        audit.links("AppUser", user.getId(), "roles", List.of(), roles);
        return user;
    }

    private Optional<AppUser> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private long enabledAdmins() {
        return em.createNamedQuery(AppUser.COUNT_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new UserAdminException("user.roles.required", "roles");
        }
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UserAdminException("user." + field + ".required", field);
        }
        if (value.length() > 200) {
            throw new UserAdminException("user." + field + ".tooLong", field);
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = value.trim();
        if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new UserAdminException("user.email.invalid", "email");
        }
        return email;
    }

    /** A modifiable copy (EnumSet.copyOf refuses an empty set that is not an EnumSet). */
    private static Set<Role> rolesOf(AppUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(user.getRoles());
        return roles;
    }

    private static UserRow row(AppUser u) {
        return new UserRow(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                u.isEnabled(), rolesOf(u), u.getCreatedAt());
    }
}
