package se.stjarnbild.webapp.users;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.stjarnbild.model.users.Role;
import se.stjarnbild.webapp.i18n.Texts;

/**
 * Backs admin/user.xhtml: create a user ({@code ?id} absent) or edit one. The form keeps what
 * was typed when the save is refused, and says which field to fix.
 */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private SecurityContext securityContext;

    private Long id;
    private long version;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private boolean enabled = true;
    private List<Role> roles = new ArrayList<>(List.of(Role.STAFF));
    private boolean found = true;

    /** Loads the user named by ?id; an unknown id shows a clear message instead of a form. */
    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        users.find(id).ifPresentOrElse(this::fill, () -> found = false);
    }

    private void fill(UserRow row) {
        version = row.version();
        username = row.username();
        displayName = row.displayName();
        email = row.email();
        enabled = row.enabled();
        roles = new ArrayList<>(row.roles());
    }

    public String save() {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            if (isNew()) {
                UserRow created = users.create(username, displayName, email, password, chosen);
                Messages.addFlashGlobalInfo(Texts.get("user.created", created.username()));
            } else {
                UserRow saved = users.update(id, version, displayName, email, enabled, chosen, password,
                        securityContext.getCallerPrincipal().getName());
                Messages.addFlashGlobalInfo(Texts.get("user.saved", saved.username()));
            }
            return "/admin/users?faces-redirect=true";
        } catch (UserAdminException e) {
            refuse(e);
        } catch (EJBException e) {
            if (e.getCause() instanceof UserAdminException refused) {
                refuse(refused);
            } else {
                throw e;
            }
        }
        return null;
    }

    private void refuse(UserAdminException e) {
        password = null;
        String text = Texts.get(e.messageKey());
        if (e.field() != null) {
            String clientId = "userForm:" + e.field();
            FacesContext.getCurrentInstance().addMessage(clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        Messages.addGlobalError(e.field() == null ? text : Texts.get("form.fixErrors"));
        Faces.validationFailed();
    }

    public boolean isNew() {
        return id == null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
