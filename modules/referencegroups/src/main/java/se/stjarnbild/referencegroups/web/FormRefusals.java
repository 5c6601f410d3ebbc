package se.stjarnbild.referencegroups.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.function.Function;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Problem;

/**
 * Runs a change for a form and turns a refusal into messages: each beside its field, a summary at
 * the top, a stale edit as its own notice. What was typed stays in the form.
 */
final class FormRefusals {

    private FormRefusals() {
    }

    static boolean attempt(String form, Runnable action) {
        return attempt(field -> form + ":" + field, action);
    }

    /** {@code clientId} finds the component a problem's field names (for fields inside repeats). */
    static boolean attempt(Function<String, String> clientId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause instanceof EJBException && cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
            }
            if (cause instanceof RefusedException refused) {
                show(clientId, refused.problems());
            } else if (cause instanceof OptimisticLockException
                    || (e instanceof EJBException ejb && ejb.getCausedByException() instanceof OptimisticLockException)) {
                GroupsTexts.error("form.conflict");
            } else if (cause instanceof InvalidInputException) {
                GroupsTexts.error("results.quote.refused");
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    private static void show(Function<String, String> clientId, List<Problem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem problem : problems) {
            String text = GroupsTexts.get(problem.messageKey(), problem.args().toArray());
            faces.addMessage(problem.field().isEmpty() ? null : clientId.apply(problem.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        if (problems.stream().anyMatch(p -> !p.field().isEmpty())) {
            GroupsTexts.error("form.fixErrors");
        }
    }
}
