package se.stjarnbild.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stjarnbild.meetings.DatePolls;
import se.stjarnbild.meetings.PollAnswerView;
import se.stjarnbild.model.meetings.Availability;

/** Backs public/poll.xhtml ({@code ?t=…}): a member says which times suit them, without an account. */
@Named
@ViewScoped
public class PollAnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DatePolls polls;

    private String token;
    private PollAnswerView view;
    private boolean loaded;
    private final List<Row> rows = new ArrayList<>();

    public Optional<PollAnswerView> getPoll() {
        if (!loaded) {
            view = polls.byToken(token).orElse(null);
            loaded = true;
            rows.clear();
            if (view != null) {
                view.slots().forEach(s -> rows.add(new Row(s)));
            }
        }
        return Optional.ofNullable(view);
    }

    public PollAnswerView getCurrent() {
        return getPoll().orElse(null);
    }

    public void save() {
        Map<Long, Availability> answers = new HashMap<>();
        rows.forEach(r -> answers.put(r.getSlot().id(), r.getAnswer()));
        if (answers.values().stream().allMatch(java.util.Objects::isNull)) {
            // Thanking for an empty form would let the member believe they had answered.
            Refusals.error("poll.answer.nothing");
            return;
        }
        if (Refusals.attempt("pollAnswerForm", "meeting.editConflict", () -> polls.answer(token, answers))) {
            loaded = false;
            Refusals.info("poll.answer.saved");
        }
    }

    public String when(PollAnswerView.Slot slot) {
        return MeetingsTexts.when(slot.start(), slot.end());
    }

    public String chosen() {
        return view == null || view.chosenStart() == null ? "" : MeetingsTexts.when(view.chosenStart(), view.chosenEnd());
    }

    public Availability[] getChoices() {
        return Availability.values();
    }

    public List<Row> getRows() {
        getPoll();
        return rows;
    }

    public String getToken() { return token; }
    /** A link copied with a space or line break around it is still the same link. */
    public void setToken(String token) { this.token = token == null ? null : token.strip(); }

    /** One candidate time while the member answers it. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final PollAnswerView.Slot slot;
        private Availability answer;

        Row(PollAnswerView.Slot slot) {
            this.slot = slot;
            this.answer = slot.answer();
        }

        public PollAnswerView.Slot getSlot() { return slot; }
        public Availability getAnswer() { return answer; }
        public void setAnswer(Availability answer) { this.answer = answer; }
    }
}
