package org.habittracker.adapters.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.habittracker.adapters.persistence.secret.SecretCredentials;
import org.habittracker.adapters.persistence.secret.SecretUnavailableException;
import org.postgresql.Driver;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Connections made with the driver itself, with the pool's URL, user and driver properties: the pool's own when
 * the password is a secret, and those made outside the pool (the outage probe, the schema check).
 *
 * <p>With a secret, the password is the secret's at the moment of connecting, so a rotation needs no restart.
 * When the server refuses it (SQLState 28P01 or 28000: RDS rotated the password), the secret is read again and
 * the connection tried once more with the new one. Nothing was sent on the refused connection, so whatever wanted
 * it, a write included, goes on as if nothing had happened; a secret that cannot be read is a connection that
 * could not be made (SQLState 08001), which callers report as a database that does not answer.
 */
final class DriverConnections implements DataSource {
    private final Driver driver = new Driver();
    private final String jdbcUrl;
    private final Properties properties;
    private final Optional<SecretCredentials> secret;

    /**
     * @param properties the driver properties, the user and (when it is fixed) the password
     * @param secret     where the password comes from instead, if anywhere
     */
    DriverConnections(String jdbcUrl, Properties properties, Optional<SecretCredentials> secret) {
        this.jdbcUrl = jdbcUrl;
        this.properties = properties;
        this.secret = secret;
    }

    /** One connection with {@code overrides} on top of the pool's properties (a shorter connect timeout…). */
    Connection connect(Map<String, String> overrides) throws SQLException {
        Properties connection = new Properties();
        connection.putAll(properties);
        connection.putAll(overrides);
        if (secret.isEmpty()) {
            return connect(connection);
        }
        try {
            connection.setProperty("password", password(secret.get(), false));
            return connect(connection);
        } catch (SQLException e) {
            if (!DatabaseFailures.credentialsRefused(e)) {
                throw e;
            }
            connection.setProperty("password", password(secret.get(), true));
            return connect(connection);
        }
    }

    private Connection connect(Properties connection) throws SQLException {
        Connection made = driver.connect(jdbcUrl, connection);
        if (made == null) {
            throw new SQLException("not a PostgreSQL URL: the driver declined it");
        }
        return made;
    }

    private static String password(SecretCredentials secret, boolean refreshed) throws SQLException {
        try {
            return (refreshed ? secret.refresh() : secret.current()).password();
        } catch (SecretUnavailableException e) {
            throw new PSQLException("database secret: " + e.getMessage(), PSQLState.CONNECTION_UNABLE_TO_CONNECT, e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(Map.of());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the user and password come from the settings or the secret");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The driver logs through java.util.logging.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connectTimeout and loginTimeout are driver properties, set with the others.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
