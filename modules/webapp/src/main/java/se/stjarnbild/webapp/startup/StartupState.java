package se.stjarnbild.webapp.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What start-up achieved: the schema version once migrated and checked, or why it failed. */
@ApplicationScoped
public class StartupState {

    private volatile String schemaVersion;
    private volatile String failure;
    private volatile String database;

    void ready(String version, String databaseDescription) {
        this.schemaVersion = version;
        this.database = databaseDescription;
        this.failure = null;
    }

    void failed(String reason, String databaseDescription) {
        this.failure = reason;
        this.database = databaseDescription;
    }

    public boolean isReady() {
        return schemaVersion != null && failure == null;
    }

    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }
}
