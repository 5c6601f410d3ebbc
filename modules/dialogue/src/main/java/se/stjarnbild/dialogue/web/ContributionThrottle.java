package se.stjarnbild.dialogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import se.stjarnbild.model.PerClientLimit;

/** Public contributions per client address and hour (STJARNBILD_CONTRIBUTION_LIMIT_PER_HOUR, default 10). */
@ApplicationScoped
public class ContributionThrottle {

    private final PerClientLimit limit = new PerClientLimit(10, Duration.ofHours(1));

    @PostConstruct
    void configure() {
        limit.setLimit(ConfigProvider.getConfig(ContributionThrottle.class.getClassLoader())
                .getOptionalValue("stjarnbild.contribution.limit.per.hour", Integer.class).filter(l -> l > 0).orElse(10));
    }

    public boolean allow(String client, Instant now) {
        return limit.allow(client, now);
    }
}
