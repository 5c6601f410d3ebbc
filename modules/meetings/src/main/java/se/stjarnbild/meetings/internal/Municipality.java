package se.stjarnbild.meetings.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicReference;
import se.stjarnbild.model.campaign.Campaign;

/**
 * The municipality the e-mails are signed with: the current process's, as an administrator set it
 * up. Read at most once a minute (a rush of registrations sends an e-mail each).
 */
@ApplicationScoped
public class Municipality {

    private static final long FRESH_NANOS = 60_000_000_000L;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    private final AtomicReference<Cached> cached = new AtomicReference<>();

    private record Cached(String name, long readAtNanos) {
    }

    /** The municipality's name ("Krokoms kommun"), or null before a process is set up. */
    public String name() {
        Cached now = cached.get();
        if (now == null || System.nanoTime() - now.readAtNanos() > FRESH_NANOS) {
            String name = em.createNamedQuery(Campaign.LATEST, Campaign.class).setMaxResults(1).getResultStream()
                    .findFirst().map(Campaign::getMunicipality).orElse(null);
            now = new Cached(name, System.nanoTime());
            cached.set(now);
        }
        return now.name();
    }
}
