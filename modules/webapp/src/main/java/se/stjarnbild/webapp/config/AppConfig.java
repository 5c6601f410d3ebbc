package se.stjarnbild.webapp.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting a deployment may change, read through MicroProfile Config: an environment
 * variable (STJARNBILD_DATA_DIR), a system property (-Dstjarnbild.data.dir) or
 * META-INF/microprofile-config.properties, in that order of precedence.
 */
@ApplicationScoped
public class AppConfig {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final Config config;

    public AppConfig() {
        this(ConfigProvider.getConfig(AppConfig.class.getClassLoader()));
    }

    AppConfig(Config config) {
        this.config = config;
    }

    public Path dataDir() {
        return Path.of(config.getOptionalValue("stjarnbild.data.dir", String.class).orElse("./data"));
    }

    public DatabaseSettings database() {
        return DatabaseSettings.resolve(
                config.getOptionalValue("stjarnbild.db.url", String.class),
                dataDir(),
                config.getOptionalValue("stjarnbild.db.user", String.class).orElse("stjarnbild"),
                config.getOptionalValue("stjarnbild.db.password", String.class).orElse("stjarnbild"),
                config.getOptionalValue("stjarnbild.db.driver", String.class));
    }

    /** Where people report accessibility problems and ask about their data; empty when not set. */
    public Optional<String> contactEmail() {
        return config.getOptionalValue("stjarnbild.contact.email", String.class).map(String::strip).filter(e -> !e.isEmpty());
    }

    public boolean demoMode() {
        return config.getOptionalValue("stjarnbild.demo", Boolean.class).orElse(false);
    }

    /** Days after the process's last phase before reference-group members are erased (the nightly job's setting). */
    public int memberRetentionDays() {
        return config.getOptionalValue("stjarnbild.member.retention.days", Integer.class).filter(d -> d >= 0).orElse(90);
    }

    /** The year the demo campaign runs in; defaults to this year. */
    public int demoYear() {
        return config.getOptionalValue("stjarnbild.demo.year", Integer.class)
                .orElseGet(() -> LocalDate.now(ZONE).getYear());
    }

    public String adminUsername() {
        return config.getOptionalValue("stjarnbild.admin.username", String.class).orElse("admin");
    }

    public Optional<String> adminPassword() {
        return config.getOptionalValue("stjarnbild.admin.password", String.class).filter(p -> !p.isBlank());
    }

    public String baseUrl() {
        return config.getOptionalValue("stjarnbild.base.url", String.class).orElse("http://localhost:8080");
    }
}
