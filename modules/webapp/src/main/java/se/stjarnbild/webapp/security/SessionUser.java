package se.stjarnbild.webapp.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.function.Function;

/** The logged-in person's display name, looked up once per session rather than on every page. */
@SessionScoped
public class SessionUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;

    String displayName(String currentUsername, Function<String, String> lookup) {
        if (displayName == null || !currentUsername.equals(username)) {
            username = currentUsername;
            displayName = lookup.apply(currentUsername);
        }
        return displayName;
    }
}
