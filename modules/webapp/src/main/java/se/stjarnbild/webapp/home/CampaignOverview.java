package se.stjarnbild.webapp.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import se.stjarnbild.model.campaign.Campaign;

/** Reads the current campaign (the newest one) with its phases. */
@ApplicationScoped
public class CampaignOverview {

    /** Every page shows the campaign's name; a renamed campaign shows everywhere within this time. */
    static final Duration NAME_CACHE = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    private final AtomicReference<CachedName> name = new AtomicReference<>();

    private record CachedName(String value, long loadedAtNanos) {
        boolean fresh() {
            return System.nanoTime() - loadedAtNanos < NAME_CACHE.toNanos();
        }
    }

    /** The current campaign's name, or "" when there is none. */
    public String currentName() {
        CachedName cached = name.get();
        if (cached == null || !cached.fresh()) {
            String value = em.createNamedQuery(Campaign.LATEST, Campaign.class).setMaxResults(1).getResultStream()
                    .findFirst().map(Campaign::getName).orElse("");
            cached = new CachedName(value, System.nanoTime());
            name.set(cached);
        }
        return cached.value();
    }

    /** After the process was renamed here: the next page shows the new name at once. */
    public void forgetName() {
        name.set(null);
    }

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
