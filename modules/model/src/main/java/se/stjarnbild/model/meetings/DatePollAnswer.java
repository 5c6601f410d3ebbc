package se.stjarnbild.model.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stjarnbild.model.BaseEntity;

/** A member's answer to one candidate time. */
@Entity
@Table(name = "date_poll_answer")
public class DatePollAnswer extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "invitation_id", nullable = false)
    private DatePollInvitation invitation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "slot_id", nullable = false)
    private DatePollSlot slot;

    @Enumerated(EnumType.STRING)
    @Column(name = "availability", nullable = false, length = 20)
    private Availability availability;

    protected DatePollAnswer() {
    }

    public DatePollAnswer(DatePollInvitation invitation, DatePollSlot slot, Availability availability) {
        this.invitation = invitation;
        this.slot = slot;
        this.availability = availability;
    }

    public DatePollInvitation getInvitation() { return invitation; }
    public DatePollSlot getSlot() { return slot; }
    public Availability getAvailability() { return availability; }
    public void setAvailability(Availability availability) { this.availability = availability; }
}
