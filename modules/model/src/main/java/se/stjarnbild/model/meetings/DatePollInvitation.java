package se.stjarnbild.model.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.Secret;
import se.stjarnbild.model.groups.GroupMember;

/** One member's personal link to a poll. */
@Entity
@Table(name = "date_poll_invitation")
public class DatePollInvitation extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "poll_id", nullable = false)
    private DatePoll poll;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private GroupMember member;

    @Secret
    @Column(name = "token", nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected DatePollInvitation() {
    }

    public DatePollInvitation(DatePoll poll, GroupMember member, String token) {
        this.poll = poll;
        this.member = member;
        this.token = token;
    }

    public DatePoll getPoll() { return poll; }
    public GroupMember getMember() { return member; }
    public String getToken() { return token; }
    public Instant getAnsweredAt() { return answeredAt; }
    public void answered(Instant when) { this.answeredAt = when; }
}
