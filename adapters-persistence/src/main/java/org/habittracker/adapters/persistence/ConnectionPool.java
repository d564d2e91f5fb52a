package org.habittracker.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.habittracker.adapters.persistence.secret.SecretCredentials;

/**
 * The Hikari pool, set up for Lambda as much as for a long-running server: no idle connections kept
 * open (a frozen container must not hold what the database counts against its limit), short waits
 * everywhere, and TCP keep-alive so that a connection dropped by a NAT or a failover is noticed.
 */
final class ConnectionPool {
    static final String POOL_NAME = "habits-db";
    /** The pool checks a connection it lends with at most this wait (and never longer than the caller waits). */
    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);

    private ConnectionPool() {
    }

    static HikariDataSource open(PersistenceSettings settings) {
        return open(settings, Optional.empty());
    }

    /** With a secret, the pool connects through {@link DriverConnections}, which asks it for the password. */
    static HikariDataSource open(PersistenceSettings settings, Optional<SecretCredentials> secret) {
        HikariConfig config = config(settings);
        if (secret.isPresent()) {
            DriverConnections connections = connections(config, secret);
            config.setUsername(null); // else Hikari would pass it to getConnection(user, password)
            config.setDataSource(connections);
        }
        return new HikariDataSource(config);
    }

    /** Connections made outside the pool as its own are made: its URL, user, password or secret, and driver properties. */
    static DriverConnections outside(HikariDataSource pool) {
        return pool.getDataSource() instanceof DriverConnections connections ? connections
                : connections(pool, Optional.empty());
    }

    private static DriverConnections connections(HikariConfig config, Optional<SecretCredentials> secret) {
        Properties properties = new Properties();
        properties.putAll(config.getDataSourceProperties());
        if (config.getUsername() != null) {
            properties.setProperty("user", config.getUsername());
        }
        if (config.getPassword() != null) {
            properties.setProperty("password", config.getPassword());
        }
        return new DriverConnections(config.getJdbcUrl(), properties, secret);
    }

    static HikariConfig config(PersistenceSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        // The URL goes to the driver untouched: sslmode=verify-full and friends take effect as written.
        config.setJdbcUrl(settings.jdbcUrl());
        settings.user().ifPresent(config::setUsername);
        settings.secret().ifPresent(config::setPassword);

        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(VALIDATION_TIMEOUT.toMillis(), settings.connectionTimeout().toMillis()));
        // Start without connecting: the first query (or the migrations) connects. A database that is down
        // at start then shows as an unhealthy /health rather than a process that will not start.
        config.setInitializationFailTimeout(-1);

        // Driver properties; a parameter of the same name in the URL wins over these.
        config.addDataSourceProperty("socketTimeout", wholeSecondsAtLeastOne(settings.socketTimeout()));
        config.addDataSourceProperty("connectTimeout", wholeSecondsAtLeastOne(settings.connectionTimeout()));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // Plan every statement for its actual parameters rather than caching a generic plan after five runs:
        // an owner with a million check-ins and one with a thousand need different plans (the generic one
        // sorts), planning our short statements costs a fraction of a millisecond, and unnamed statements
        // also keep connections free of server-side state for a proxy in front of the database.
        config.addDataSourceProperty("prepareThreshold", "0");
        config.addDataSourceProperty("ApplicationName", "habit-tracker");
        return config;
    }

    private static String wholeSecondsAtLeastOne(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        return Long.toString(Math.max(1, seconds));
    }
}
