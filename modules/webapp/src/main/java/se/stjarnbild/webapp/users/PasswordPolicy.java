package se.stjarnbild.webapp.users;

import java.util.Optional;

/** The rules a new password must meet; each broken rule has a message key for the form. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Returns the message key of the first broken rule, or empty when the password is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return Optional.of("password.tooSimple");
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }
}
