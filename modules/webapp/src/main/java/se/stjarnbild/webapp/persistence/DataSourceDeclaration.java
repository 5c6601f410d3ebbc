package se.stjarnbild.webapp.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's pooled data source; see {@link ConfiguredDataSource} for where it points. */
@DataSourceDefinition(
        name = DataSourceDeclaration.JNDI_NAME,
        className = "se.stjarnbild.webapp.persistence.ConfiguredDataSource",
        // Placeholders: the pool needs credentials; ConfiguredDataSource uses the configured ones.
        user = "configured",
        password = "configured",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@ApplicationScoped
public class DataSourceDeclaration {

    public static final String JNDI_NAME = "java:app/jdbc/stjarnbild";
}
