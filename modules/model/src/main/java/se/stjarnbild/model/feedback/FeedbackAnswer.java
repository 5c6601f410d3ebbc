package se.stjarnbild.model.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.dialogue.Star;

/**
 * What one member said about one star: how true and how unique it is (1–5, each optional) and a
 * comment. A comment staff took into the dialogue remembers its quote.
 */
@Entity
@Table(name = "feedback_answer")
public class FeedbackAnswer extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "invitation_id", nullable = false)
    private FeedbackInvitation invitation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "star_id", nullable = false)
    private Star star;

    @Column(name = "truth")
    private Integer truth;

    @Column(name = "uniqueness")
    private Integer uniqueness;

    @Column(name = "comment", length = 4000)
    private String comment;

    @Column(name = "quote_id")
    private Long quoteId;

    protected FeedbackAnswer() {
    }

    public FeedbackAnswer(FeedbackInvitation invitation, Star star) {
        this.invitation = invitation;
        this.star = star;
    }

    public void answer(Integer truth, Integer uniqueness, String comment) {
        this.truth = truth;
        this.uniqueness = uniqueness;
        this.comment = comment;
    }

    public boolean isEmpty() {
        return truth == null && uniqueness == null && (comment == null || comment.isBlank());
    }

    public FeedbackInvitation getInvitation() { return invitation; }
    public Star getStar() { return star; }
    public Integer getTruth() { return truth; }
    public Integer getUniqueness() { return uniqueness; }
    public String getComment() { return comment; }
    public Long getQuoteId() { return quoteId; }
    public void takenAsQuote(long quoteId) { this.quoteId = quoteId; }
}
