package se.stjarnbild.dialogue.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InvalidInputException;

/**
 * Runs a save on behalf of a form and turns a refusal into messages: each problem beside its
 * field (form id + ":" + field), a summary at the top, and a stale edit as its own message.
 * What the person typed stays in the form.
 */
final class FormProblems {

    private FormProblems() {
    }

    /** True when the action went through; false when it was refused and the messages are shown. */
    static boolean attempt(String form, String summaryKey, String conflictKey, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException refused) {
            show(form, summaryKey, refused.problems());
        } catch (OptimisticLockException stale) {
            error(conflictKey);
        } catch (EJBException e) {
            Throwable cause = e.getCause();
            while (cause instanceof EJBException && cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidInputException refused) {
                show(form, summaryKey, refused.problems());
            } else if (cause instanceof OptimisticLockException || e.getCausedByException() instanceof OptimisticLockException) {
                error(conflictKey);
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    static void show(String form, String summaryKey, List<FieldProblem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldProblem problem : problems) {
            String text = DialogueTexts.get(problem.messageKey(), problem.args().toArray());
            faces.addMessage(problem.field() == null ? null : form + ":" + problem.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        if (problems.stream().anyMatch(p -> p.field() != null)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, DialogueTexts.get(summaryKey), null));
        }
        faces.validationFailed();
    }

    static void error(String key, Object... arguments) {
        String text = DialogueTexts.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
