package se.stjarnbild.webapp.i18n;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The shell's texts for code that adds messages: {@code Texts.get("login.failed")}. */
public final class Texts {

    public static final String BUNDLE = "se.stjarnbild.webapp.messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context == null || context.getViewRoot() == null ? LocaleBacking.SWEDISH
                : context.getViewRoot().getLocale();
        return get(locale, key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
