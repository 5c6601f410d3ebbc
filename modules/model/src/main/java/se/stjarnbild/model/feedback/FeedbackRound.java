package se.stjarnbild.model.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.dialogue.Star;

/**
 * Staff ask one or more reference groups what they think of some candidate stars. Open until
 * staff close it or its last day has passed; members answer from personal links meanwhile.
 */
@Entity
@Table(name = "feedback_round")
public class FeedbackRound extends BaseEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private FeedbackRoundStatus status = FeedbackRoundStatus.OPEN;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToMany
    @JoinTable(name = "feedback_round_group", joinColumns = @JoinColumn(name = "round_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<ReferenceGroup> groups = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "feedback_round_star", joinColumns = @JoinColumn(name = "round_id"),
            inverseJoinColumns = @JoinColumn(name = "star_id"))
    private Set<Star> stars = new HashSet<>();

    protected FeedbackRound() {
    }

    public FeedbackRound(String title, LocalDate closesOn, String openedBy, Instant openedAt) {
        this.title = title;
        this.closesOn = closesOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Whether members may still answer on this day (the last day included). */
    public boolean isOpenOn(LocalDate day) {
        return status == FeedbackRoundStatus.OPEN && !day.isAfter(closesOn);
    }

    public void close(Instant when) {
        status = FeedbackRoundStatus.CLOSED;
        closedAt = when;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public FeedbackRoundStatus getStatus() { return status; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Set<ReferenceGroup> getGroups() { return groups; }
    public Set<Star> getStars() { return stars; }
}
