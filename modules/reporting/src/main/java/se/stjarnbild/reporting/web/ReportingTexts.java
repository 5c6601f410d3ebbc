package se.stjarnbild.reporting.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Problem;

/** The decision document pages' messages: texts in the view's language, refusals beside their fields. */
final class ReportingTexts {

    private static final String BUNDLE = "se.stjarnbild.reporting.web.messages";

    private ReportingTexts() {
    }

    static String get(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, ReportingTexts.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static void message(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * Runs a change; a refusal puts each problem beside its field in {@code form} (and a summary
     * on top), a stale draft says someone else saved first. What was typed stays either way.
     */
    static boolean attempt(String form, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause instanceof EJBException && cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
            }
            if (cause instanceof RefusedException refused) {
                for (Problem p : refused.problems()) {
                    message(FacesMessage.SEVERITY_ERROR, p.field().isEmpty() ? null : form + ":" + p.field(),
                            p.messageKey(), p.args().toArray());
                }
                if (refused.problems().stream().anyMatch(p -> !p.field().isEmpty())) {
                    message(FacesMessage.SEVERITY_ERROR, null, "form.fixErrors"); // only when something below is marked
                }
            } else if (cause instanceof OptimisticLockException
                    || (e instanceof EJBException ejb && ejb.getCausedByException() instanceof OptimisticLockException)) {
                message(FacesMessage.SEVERITY_ERROR, null, "document.conflict");
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
