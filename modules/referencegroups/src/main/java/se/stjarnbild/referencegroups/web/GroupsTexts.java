package se.stjarnbild.referencegroups.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The reference groups' texts for messages added from code, in the view's language. */
final class GroupsTexts {

    private static final String BUNDLE = "se.stjarnbild.referencegroups.web.messages";

    private GroupsTexts() {
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String get(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale(), GroupsTexts.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static void info(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    static void error(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A message that survives the redirect to the next page. */
    static void flashInfo(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
