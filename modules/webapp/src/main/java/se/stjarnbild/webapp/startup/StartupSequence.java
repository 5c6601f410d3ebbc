package se.stjarnbild.webapp.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.stjarnbild.webapp.config.AppConfig;
import se.stjarnbild.dialogue.search.Search;
import se.stjarnbild.webapp.demo.DemoCatalog;
import se.stjarnbild.webapp.demo.DemoDataLoader;
import se.stjarnbild.webapp.persistence.DataSourceDeclaration;
import se.stjarnbild.webapp.persistence.SchemaMigration;
import se.stjarnbild.webapp.persistence.SchemaValidator;
import se.stjarnbild.webapp.i18n.Texts;
import se.stjarnbild.webapp.users.UserAdminException;
import se.stjarnbild.webapp.users.UserService;

/**
 * Runs once per server start, before the first request: migrate the schema, check the mappings
 * against it, create the first administrator if configured, load the demo data in demo mode.
 * A failure is caught and reported by the readiness check: a thrown exception here would leave
 * Payara serving 404s while it claims to be ready.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private AppConfig config;

    @Inject
    private StartupState state;

    @Inject
    private SchemaValidator schemaValidator;

    @Inject
    private UserService users;

    @Inject
    private DemoDataLoader demoData;

    @Inject
    private Search search;

    @PostConstruct
    void start() {
        String database = "unknown";
        try {
            database = config.database().kind();
            LOG.info(() -> "Database: " + config.database().describe());
            String version = SchemaMigration.migrate(dataSource);
            List<String> missing = schemaValidator.missingFromSchema(dataSource);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The schema lacks what the entities map: " + String.join(", ", missing));
            }
            bootstrapAdministrator();
            if (config.demoMode()) {
                loadDemoData();
            }
            state.ready(version, database);
            search.ensureFresh();
            LOG.info(() -> "Ready: schema version " + version);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Start-up failed; the readiness check reports DOWN", e);
            state.failed(rootMessage(e), database);
        }
    }

    private void bootstrapAdministrator() {
        config.adminPassword().ifPresent(password -> {
            try {
                if (users.ensureAdministrator(config.adminUsername(), password)) {
                    LOG.info(() -> "Created the first administrator '" + config.adminUsername() + "' from configuration");
                }
            } catch (UserAdminException refused) {
                throw new IllegalStateException("STJARNBILD_ADMIN_PASSWORD / STJARNBILD_ADMIN_USERNAME refused: "
                        + Texts.get(Locale.ENGLISH, refused.messageKey()));
            }
        });
    }

    private void loadDemoData() {
        try {
            if (demoData.loadOnce(config.demoYear())) {
                LOG.info(() -> "Demo data loaded for " + config.demoYear());
            } else {
                LOG.info("Demo data already present: nothing loaded");
            }
        } catch (EJBException e) {
            // Another server of the cluster may have loaded it at the same moment; then this finds it there.
            LOG.warning(() -> "Demo data load was refused (" + e.getMessage() + "); checking again");
            demoData.loadOnce(config.demoYear());
        }
        StringBuilder logins = new StringBuilder("Demo mode. Demo logins (user / password):");
        DemoCatalog.users().forEach(u -> logins.append("\n    ").append(u.username()).append(" / ").append(u.password())
                .append("  ").append(u.roles()));
        LOG.info(logins::toString);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
