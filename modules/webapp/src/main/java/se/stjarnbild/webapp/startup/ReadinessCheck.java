package se.stjarnbild.webapp.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the database is migrated and the mappings match it (GET /health/ready). */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    private StartupState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").status(state.isReady());
        state.schemaVersion().ifPresent(v -> response.withData("schemaVersion", v));
        state.database().ifPresent(d -> response.withData("database", d));
        state.failure().ifPresent(f -> response.withData("failure", f));
        return response.build();
    }
}
