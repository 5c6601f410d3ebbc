package se.stjarnbild.dialogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.dialogue.ContributionRow;
import se.stjarnbild.dialogue.Contributions;

/**
 * Backs dialogue/contributions.xhtml: the moderation queue. Each contribution can be approved as
 * written or after taking personal data out (the original is kept), or rejected with a reason.
 */
@Named
@ViewScoped
public class ContributionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Contributions contributions;

    private List<ContributionRow> queue;
    private List<ContributionRow> decided;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public List<ContributionRow> getQueue() {
        if (queue == null) {
            queue = contributions.queue();
            texts.clear();
            queue.forEach(c -> texts.put(c.id(), c.text()));
        }
        return queue;
    }

    public List<ContributionRow> getDecided() {
        if (decided == null) {
            decided = contributions.decided(50);
        }
        return decided;
    }

    public void approve(ContributionRow row) {
        if (FormProblems.attempt("queueForm", "form.fixErrorsGeneric", "contribution.moderatedMeanwhile",
                () -> contributions.approve(row.id(), row.version(), texts.get(row.id())))) {
            DialogueTexts.info("contribution.approved");
            queue = null;
            decided = null;
        }
    }

    public void reject(ContributionRow row) {
        if (FormProblems.attempt("queueForm", "form.fixErrorsGeneric", "contribution.moderatedMeanwhile",
                () -> contributions.reject(row.id(), row.version(), reasons.get(row.id())))) {
            DialogueTexts.info("contribution.rejected");
            queue = null;
            decided = null;
        }
    }

    public void answered(ContributionRow row) {
        if (FormProblems.attempt("decidedForm", "form.fixErrorsGeneric", "contribution.moderatedMeanwhile",
                () -> contributions.forgetEmail(row.id()))) {
            DialogueTexts.info("contribution.emailForgotten");
            decided = null;
        }
    }

    public Map<Long, String> getTexts() { return texts; }
    public Map<Long, String> getReasons() { return reasons; }
}
