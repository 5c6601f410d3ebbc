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

    /**
     * The queue as it is now. What a moderator typed into the other contributions (personal data
     * taken out, a reason started) stays when one of them is decided and the list reloads.
     */
    public List<ContributionRow> getQueue() {
        if (queue == null) {
            queue = contributions.queue();
            Map<Long, String> typedTexts = new HashMap<>(texts);
            Map<Long, String> typedReasons = new HashMap<>(reasons);
            texts.clear();
            reasons.clear();
            for (ContributionRow c : queue) {
                texts.put(c.id(), typedTexts.getOrDefault(c.id(), c.text()));
                if (typedReasons.get(c.id()) != null) {
                    reasons.put(c.id(), typedReasons.get(c.id()));
                }
            }
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
            decided = null;
        } else {
            concerns(row);
        }
        queue = null; // decided or changed meanwhile: the list is read again, typed texts kept
    }

    /** A refusal at the top of the page says which contribution it is about. */
    private void concerns(ContributionRow row) {
        String words = row.text() == null ? "" : row.text().strip();
        FormProblems.error("contribution.concerns", words.length() > 60 ? words.substring(0, 60) + "…" : words);
    }

    public void reject(ContributionRow row) {
        if (FormProblems.attempt("queueForm", "form.fixErrorsGeneric", "contribution.moderatedMeanwhile",
                () -> contributions.reject(row.id(), row.version(), reasons.get(row.id())))) {
            DialogueTexts.info("contribution.rejected");
            decided = null;
        } else {
            concerns(row);
        }
        queue = null;
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
