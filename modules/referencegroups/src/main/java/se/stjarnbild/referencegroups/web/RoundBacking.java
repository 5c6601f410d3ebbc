package se.stjarnbild.referencegroups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.stjarnbild.referencegroups.FeedbackRounds;
import se.stjarnbild.referencegroups.Reminded;
import se.stjarnbild.referencegroups.RoundDetails;
import se.stjarnbild.referencegroups.StarResults;

/**
 * Backs referencegroups/round.xhtml ({@code ?id=}): response rates per group and per member,
 * reminders by e-mail (asks first, and skips anyone the round e-mailed in the last 24 hours),
 * letters for the rest, closing (asks first), and the results per star with comments that staff
 * can take into the dialogue as quotes.
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
        Reminded[] done = new Reminded[1];
        if (FormRefusals.attempt("actionsForm", () -> done[0] = rounds.remind(id))) {
            GroupsTexts.info(remindedKey(done[0]), done[0].sent(), done[0].skipped());
            load();
        }
    }

    /** The notice after reminding: it names the members left out only when there were any. */
    static String remindedKey(Reminded reminded) {
        return reminded.skipped() == 0 ? "round.reminded" : "round.reminded.skipped";
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
