package se.stjarnbild.webapp.users;

import jakarta.ejb.ApplicationException;

/**
 * A change to users that the rules refuse. Carries the message key for the person and the form
 * field it concerns (or null for the whole form). Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class UserAdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;

    public UserAdminException(String messageKey, String field) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
