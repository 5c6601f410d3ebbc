package se.stjarnbild.meetings.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Problem;

/**
 * Runs a change on behalf of a form and turns a refusal into messages: each problem beside its
 * field, a summary at the top, a stale edit as its own message. What was typed stays.
 */
final class Refusals {

    private Refusals() {
    }

    /** True when the action went through; false when it was refused and the messages are shown. */
    static boolean attempt(String form, String conflictKey, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RefusedException refused) {
            show(form, refused.problems());
        } catch (OptimisticLockException stale) {
            error(conflictKey);
        } catch (EJBException e) {
            Throwable cause = e.getCause();
            while (cause instanceof EJBException && cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
            }
            if (cause instanceof RefusedException refused) {
                show(form, refused.problems());
            } else if (cause instanceof OptimisticLockException || e.getCausedByException() instanceof OptimisticLockException) {
                error(conflictKey);
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    static void show(String form, List<Problem> problems) {
        show(form, problems, "form.fixErrors");
    }

    /** {@code summaryKey}: the line at the top, e.g. that nothing could be checked rather than saved. */
    static void show(String form, List<Problem> problems, String summaryKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem problem : problems) {
            String text = MeetingsTexts.get(problem.messageKey(), problem.args().toArray());
            faces.addMessage(problem.field().isEmpty() ? null : form + ":" + problem.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        if (problems.stream().anyMatch(p -> !p.field().isEmpty())) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, MeetingsTexts.get(summaryKey), null));
        }
        faces.validationFailed();
    }

    static void error(String key, Object... arguments) {
        String text = MeetingsTexts.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void info(String key, Object... arguments) {
        String text = MeetingsTexts.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
