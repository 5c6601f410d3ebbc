package se.stjarnbild.model.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;

/** One candidate time of a poll. */
@Entity
@Table(name = "date_poll_slot")
public class DatePollSlot extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "poll_id", nullable = false)
    private DatePoll poll;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected DatePollSlot() {
    }

    public DatePollSlot(DatePoll poll, Instant startsAt, Instant endsAt) {
        this.poll = poll;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public DatePoll getPoll() { return poll; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
}
