package se.stjarnbild.referencegroups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.stjarnbild.referencegroups.AnswerInput;
import se.stjarnbild.referencegroups.Feedback;
import se.stjarnbild.referencegroups.FeedbackForm;
import se.stjarnbild.referencegroups.StarQuestion;

/**
 * Backs public/feedback.xhtml ({@code ?t=…}): a member's own page, no login. Shows only this
 * member's answers; a link that is not ours shows a message and nothing else.
 */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Feedback feedback;

    private String token;
    private FeedbackForm form;
    private boolean loaded;
    private final List<EditableAnswer> answers = new ArrayList<>();
    private String proposal;
    private boolean saved;

    public Optional<FeedbackForm> getForm() {
        if (!loaded) {
            form = feedback.byToken(token).orElse(null);
            loaded = true;
            answers.clear();
            if (form != null) {
                form.stars().forEach(q -> answers.add(new EditableAnswer(q)));
                proposal = form.proposal();
            }
        }
        return Optional.ofNullable(form);
    }

    public FeedbackForm getCurrent() {
        return getForm().orElse(null);
    }

    public void save() {
        List<AnswerInput> input = answers.stream()
                .map(a -> new AnswerInput(a.getQuestion().starId(), a.getTruth(), a.getUniqueness(), a.getComment()))
                .toList();
        boolean nothing = input.stream().allMatch(a -> a.truth() == null && a.uniqueness() == null
                && (a.comment() == null || a.comment().isBlank())) && (proposal == null || proposal.isBlank());
        if (nothing && getCurrent() != null && getCurrent().answeredAt() == null) {
            // Thanking for an empty form would let the member believe they had answered.
            GroupsTexts.error("feedback.nothing");
            return;
        }
        if (FormRefusals.attempt(this::clientId, () -> feedback.answer(token, input, proposal))) {
            saved = true;
            loaded = false;
            GroupsTexts.info("feedback.saved");
        }
    }

    /** "truth-12" names star 12's "how true" buttons, which sit in a repeat. */
    private String clientId(String field) {
        int dash = field.lastIndexOf('-');
        if (dash < 0) {
            return "feedbackForm:" + field;
        }
        long starId = Long.parseLong(field.substring(dash + 1));
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).getQuestion().starId() == starId) {
                return "feedbackForm:stars:" + i + ":" + field.substring(0, dash);
            }
        }
        return null;
    }

    public int[] getScale() {
        return new int[] {1, 2, 3, 4, 5};
    }

    public List<EditableAnswer> getAnswers() {
        getForm();
        return answers;
    }

    public boolean isSaved() { return saved; }
    public String getProposal() { return proposal; }
    public void setProposal(String proposal) { this.proposal = proposal; }
    public String getToken() { return token; }
    /** A link copied with a space or line break around it is still the same link. */
    public void setToken(String token) { this.token = token == null ? null : token.strip(); }

    /** One star's answer while the member edits it. */
    public static class EditableAnswer implements Serializable {

        private static final long serialVersionUID = 1L;

        private final StarQuestion question;
        private Integer truth;
        private Integer uniqueness;
        private String comment;

        EditableAnswer(StarQuestion question) {
            this.question = question;
            this.truth = question.truth();
            this.uniqueness = question.uniqueness();
            this.comment = question.comment();
        }

        public StarQuestion getQuestion() { return question; }
        public Integer getTruth() { return truth; }
        public void setTruth(Integer truth) { this.truth = truth; }
        public Integer getUniqueness() { return uniqueness; }
        public void setUniqueness(Integer uniqueness) { this.uniqueness = uniqueness; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }
}
