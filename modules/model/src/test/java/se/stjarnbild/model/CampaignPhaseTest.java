package se.stjarnbild.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.campaign.Campaign;
import se.stjarnbild.model.campaign.CampaignPhase;
import se.stjarnbild.model.campaign.PhaseKind;
import se.stjarnbild.model.campaign.PhaseStatus;

class CampaignPhaseTest {

    private final Campaign campaign = new Campaign("Platsvarumärke", "Krokoms kommun", 2026);

    @Test
    void phaseIsUpcomingCurrentAndDoneAroundItsDays() {
        CampaignPhase meetings = campaign.addPhase(PhaseKind.OPEN_MEETINGS,
                LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9));

        assertEquals(PhaseStatus.UPCOMING, meetings.statusOn(LocalDate.of(2026, 10, 7)));
        assertEquals(PhaseStatus.CURRENT, meetings.statusOn(LocalDate.of(2026, 10, 8)));
        assertEquals(PhaseStatus.CURRENT, meetings.statusOn(LocalDate.of(2026, 10, 9)));
        assertEquals(PhaseStatus.DONE, meetings.statusOn(LocalDate.of(2026, 10, 10)));
    }

    @Test
    void phaseCannotEndBeforeItStarts() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> campaign.addPhase(PhaseKind.DECISION, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 1)));
        assertEquals("A phase cannot end (2026-12-01) before it starts (2026-12-10)", error.getMessage());
    }

    @Test
    void phasesBelongToTheirCampaign() {
        CampaignPhase phase = campaign.addPhase(PhaseKind.INTERVIEWS, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        assertEquals(campaign, phase.getCampaign());
        assertEquals(1, campaign.getPhases().size());
        assertThrows(UnsupportedOperationException.class, () -> campaign.getPhases().clear());
    }
}
