package se.stjarnbild.webapp.setup;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.PersistenceException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.stjarnbild.webapp.i18n.Texts;

/**
 * Runs a change for a set-up page and turns a refusal into messages: beside its field (form id +
 * ":" + field) with a summary at the top, or at the top alone. A change someone else made at the
 * same moment (a stale version, a row that came into use meanwhile) gets its own message; what the
 * person typed stays in the form.
 */
final class SetupActions {

    private SetupActions() {
    }

    /** True when the change went through; false when it was refused and the messages are shown. */
    static boolean attempt(String form, Runnable change) {
        try {
            change.run();
            return true;
        } catch (SetupRefusal refused) {
            show(form, refused);
        } catch (EJBException | PersistenceException e) {
            SetupRefusal refused = causeOf(e, SetupRefusal.class);
            if (refused != null) {
                show(form, refused);
            } else if (causeOf(e, PersistenceException.class) != null || fromJpaProvider(e)) {
                show(form, new SetupRefusal(null, "setup.staleEdit"));
            } else {
                throw e;
            }
        }
        return false;
    }

    /** Shows every problem of a form checked before it reached the server's rules. */
    static void show(String form, List<ProcessRules.Problem> problems) {
        problems.forEach(p -> field(form, p.field(), text(p.messageKey(), p.arguments())));
        summary(Texts.get("form.fixErrors"));
    }

    static void show(String form, SetupRefusal refused) {
        String text = text(refused.messageKey(), refused.arguments());
        if (refused.field() == null) {
            summary(text);
        } else {
            field(form, refused.field(), text);
            summary(Texts.get("form.fixErrors"));
        }
    }

    /** The message with its arguments; a {@link Uses} argument reads as "12 intervjuer och 3 platser". */
    static String text(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Object[] shown = Arrays.stream(arguments).map(a -> a instanceof Uses uses ? uses.describe(locale) : a).toArray();
        return Texts.get(locale, key, shown);
    }

    private static void field(String form, String field, String text) {
        FacesContext.getCurrentInstance().addMessage(form + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static void summary(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** The JPA provider's own exceptions (a failed commit can surface as one, unwrapped). */
    private static boolean fromJpaProvider(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
