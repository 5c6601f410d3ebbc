package se.stjarnbild.model.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.PersonalData;
import se.stjarnbild.model.audit.Secret;

/** A staff account. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.COUNT_WITH_ROLE,
        query = "select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
public class AppUser extends BaseEntity {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String COUNT_WITH_ROLE = "AppUser.countWithRole";

    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{2,60}", message = "{user.username.pattern}")
    @Column(name = "username", nullable = false, unique = true, length = 60)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @PersonalData
    @Email
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @Secret
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public void setRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
