package se.stjarnbild.webapp.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import se.stjarnbild.model.campaign.Campaign;

/** Reads the current campaign (the newest one) with its phases. */
@ApplicationScoped
public class CampaignOverview {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    public Optional<CampaignSummary> current(LocalDate today) {
        return em.createNamedQuery(Campaign.LATEST, Campaign.class).setMaxResults(1).getResultStream()
                .findFirst()
                .map(c -> new CampaignSummary(c.getName(), c.getMunicipality(), c.getYear(),
                        c.getPhases().stream()
                                .map(p -> new CampaignSummary.Phase(p.getKind(), p.getStartDate(), p.getEndDate(),
                                        p.statusOn(today)))
                                .toList()));
    }
}
