package se.stjarnbild.model.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.meetings.Meeting;

/** What a reference group concluded at one of its sessions, as written down by staff. */
@Entity
@Table(name = "group_conclusion")
public class GroupConclusion extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private ReferenceGroup group;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "text", nullable = false, length = 8000)
    private String text;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected GroupConclusion() {
    }

    public GroupConclusion(ReferenceGroup group, Meeting meeting) {
        this.group = group;
        this.meeting = meeting;
    }

    public void write(String text, String by, Instant at) {
        this.text = text;
        this.writtenBy = by;
        this.writtenAt = at;
    }

    public ReferenceGroup getGroup() { return group; }
    public Meeting getMeeting() { return meeting; }
    public String getText() { return text; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
}
