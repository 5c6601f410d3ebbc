package se.stjarnbild.model.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The municipality the product speaks for: the current process's, as an administrator set it up.
 * E-mails and letters are signed with it and the public pages name it ({@code #{municipality.name}}).
 * Read at most once a minute (a rush of registrations sends an e-mail each); a change shows within
 * that time.
 */
@Named("municipality")
@ApplicationScoped
public class Municipality {

    private static final long FRESH_NANOS = 60_000_000_000L;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    private final AtomicReference<Cached> cached = new AtomicReference<>();

    private record Cached(String name, long readAtNanos) {
    }

    /** The municipality's name ("Krokoms kommun"), or null before a process is set up. */
    public String getName() {
        Cached now = cached.get();
        if (now == null || System.nanoTime() - now.readAtNanos() > FRESH_NANOS) {
            String name = em.createNamedQuery(Campaign.LATEST, Campaign.class).setMaxResults(1).getResultStream()
                    .findFirst().map(Campaign::getMunicipality).orElse(null);
            now = new Cached(name, System.nanoTime());
            cached.set(now);
        }
        return now.name();
    }

    /** After an administrator changed the process: the next page or e-mail uses the new name. */
    public void forget() {
        cached.set(null);
    }
}
