package se.stjarnbild.webapp.setup;

import jakarta.ejb.ApplicationException;

/**
 * A change to the process, districts, villages or target groups that the rules refuse. Carries
 * the message key and its arguments for the person, and the form field it concerns (null for the
 * whole form). Rolls the transaction back, so nothing of the change is kept.
 */
@ApplicationException(rollback = true)
public class SetupRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public SetupRefusal(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
