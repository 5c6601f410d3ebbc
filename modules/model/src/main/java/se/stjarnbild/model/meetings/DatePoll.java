package se.stjarnbild.model.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.groups.ReferenceGroup;

/** An availability poll for a reference group's session; decided once one time became a meeting. */
@Entity
@Table(name = "date_poll")
public class DatePoll extends BaseEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private ReferenceGroup group;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected DatePoll() {
    }

    public DatePoll(String title, ReferenceGroup group, String createdBy, Instant createdAt) {
        this.title = title;
        this.group = group;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void decide(Meeting chosen, Instant when) {
        this.meeting = chosen;
        this.decidedAt = when;
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    public String getTitle() { return title; }
    public ReferenceGroup getGroup() { return group; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Meeting getMeeting() { return meeting; }
    public Instant getDecidedAt() { return decidedAt; }
}
