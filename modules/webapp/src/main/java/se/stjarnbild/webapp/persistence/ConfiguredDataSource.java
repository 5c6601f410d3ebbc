package se.stjarnbild.webapp.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.stjarnbild.webapp.config.AppConfig;
import se.stjarnbild.webapp.config.DatabaseSettings;

/**
 * The physical data source behind the container's connection pool. Payara resolves
 * placeholders in a data source definition before the application's own configuration is
 * readable, so the pool is given this class instead, which reads {@link AppConfig} when it first
 * connects: the data directory, or a JDBC URL for another database, without a rebuild.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile Connector connector;
    private PrintWriter logWriter;
    private int loginTimeout;

    private record Connector(Driver driver, DatabaseSettings settings) {
        Connection connect() throws SQLException {
            Connection connection = driver.connect(settings.url(), settings.driverProperties());
            if (connection == null) {
                throw new SQLException("Driver " + driver.getClass().getName() + " does not accept " + settings.describe());
            }
            return connection;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connector c = connector();
        return c.connect();
    }

    /** The pool may pass the placeholder credentials of the declaration: the configured ones win. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    private Connector connector() throws SQLException {
        Connector c = connector;
        if (c == null) {
            synchronized (this) {
                c = connector;
                if (c == null) {
                    DatabaseSettings settings = new AppConfig().database();
                    c = new Connector(loadDriver(settings.driverClass()), settings);
                    connector = c;
                }
            }
        }
        return c;
    }

    private static Driver loadDriver(String className) throws SQLException {
        try {
            Class<?> type = Class.forName(className, true, ConfiguredDataSource.class.getClassLoader());
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new SQLException("Cannot load the JDBC driver " + className + ": " + e, e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
