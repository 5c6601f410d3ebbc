package se.stjarnbild.webapp.home;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.stjarnbild.model.campaign.PhaseKind;
import se.stjarnbild.model.campaign.PhaseStatus;

/** The campaign as the dashboard shows it. */
public record CampaignSummary(String name, String municipality, int year, List<Phase> phases) implements Serializable {

    /** One phase and where it stands today. */
    public record Phase(PhaseKind kind, LocalDate start, LocalDate end, PhaseStatus status) implements Serializable {
    }
}
