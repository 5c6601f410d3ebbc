package se.stjarnbild.dialogue.web;

import jakarta.enterprise.context.ApplicationScoped;

/** Public contributions per client address and hour (STJARNBILD_CONTRIBUTION_LIMIT_PER_HOUR, default 10). */
@ApplicationScoped
public class ContributionThrottle extends HourlyLimit {

    public ContributionThrottle() {
        super("stjarnbild.contribution.limit.per.hour", 10);
    }
}
