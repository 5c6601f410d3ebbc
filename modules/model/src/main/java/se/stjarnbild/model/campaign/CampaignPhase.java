package se.stjarnbild.model.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import se.stjarnbild.model.BaseEntity;

/** One phase of a campaign: what happens, from which day to which day (both inclusive). */
@Entity
@Table(name = "campaign_phase")
public class CampaignPhase extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private PhaseKind kind;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected CampaignPhase() {
    }

    CampaignPhase(Campaign campaign, PhaseKind kind, LocalDate startDate, LocalDate endDate) {
        this.campaign = Objects.requireNonNull(campaign);
        this.kind = Objects.requireNonNull(kind);
        reschedule(startDate, endDate);
    }

    /** Moves the phase; a phase cannot end before it starts. */
    public final void reschedule(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A phase cannot end (" + end + ") before it starts (" + start + ")");
        }
        this.startDate = start;
        this.endDate = end;
    }

    public PhaseStatus statusOn(LocalDate day) {
        if (day.isAfter(endDate)) {
            return PhaseStatus.DONE;
        }
        return day.isBefore(startDate) ? PhaseStatus.UPCOMING : PhaseStatus.CURRENT;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public PhaseKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
