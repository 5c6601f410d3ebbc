package se.stjarnbild.model.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.Secret;
import se.stjarnbild.model.groups.GroupMember;
import se.stjarnbild.model.groups.ReferenceGroup;

/** One member's place in one round: their personal link (token), their proposal, when they answered. */
@Entity
@Table(name = "feedback_invitation")
public class FeedbackInvitation extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private FeedbackRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private GroupMember member;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private ReferenceGroup group;

    @Secret
    @Column(name = "token", nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "proposal", length = 4000)
    private String proposal;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected FeedbackInvitation() {
    }

    public FeedbackInvitation(FeedbackRound round, GroupMember member, ReferenceGroup group, String token) {
        this.round = round;
        this.member = member;
        this.group = group;
        this.token = token;
    }

    public FeedbackRound getRound() { return round; }
    public GroupMember getMember() { return member; }
    public ReferenceGroup getGroup() { return group; }
    public String getToken() { return token; }
    public String getProposal() { return proposal; }
    public void setProposal(String proposal) { this.proposal = proposal; }
    public Instant getAnsweredAt() { return answeredAt; }
    public void answered(Instant when) { this.answeredAt = when; }
    public Instant getRemindedAt() { return remindedAt; }
    public void reminded(Instant when) { this.remindedAt = when; }
}
