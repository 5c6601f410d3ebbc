package se.stjarnbild.referencegroups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.stjarnbild.referencegroups.FeedbackRounds;
import se.stjarnbild.referencegroups.RoundDetails;
import se.stjarnbild.referencegroups.StarResults;

/**
 * Backs referencegroups/round.xhtml ({@code ?id=}): response rates per group and per member,
 * reminders by e-mail, letters for the rest, closing (asks first), and the results per star with
 * comments that staff can take into the dialogue as quotes.
 */
@Named
@ViewScoped
public class RoundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackRounds rounds;

    private Long id;
    private RoundDetails round;
    private List<StarResults> results;

    public void load() {
        round = id == null ? null : rounds.find(id).orElse(null);
        results = round == null ? List.of() : rounds.results(id);
    }

    public void remind() {
        int[] sent = new int[1];
        if (FormRefusals.attempt("actionsForm", () -> sent[0] = rounds.remind(id))) {
            GroupsTexts.info("round.reminded", sent[0]);
            load();
        }
    }

    public void close() {
        if (FormRefusals.attempt("actionsForm", () -> rounds.close(id))) {
            GroupsTexts.info("round.closedNotice");
            load();
        }
    }

    public void takeAsQuote(long answerId) {
        if (FormRefusals.attempt("resultsForm", () -> rounds.takeAsQuote(answerId))) {
            GroupsTexts.info("results.quote.taken");
            load();
        }
    }

    public RoundDetails getRound() { return round; }
    public List<StarResults> getResults() { return results; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
