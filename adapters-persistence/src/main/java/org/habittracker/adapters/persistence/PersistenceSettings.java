package org.habittracker.adapters.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * How to reach PostgreSQL. The URL is passed to the driver as it is, so every parameter in it ({@code sslmode},
 * {@code sslrootcert}, {@code currentSchema}, …) takes effect and wins over the defaults set here.
 *
 * @param jdbcUrl           {@code jdbc:postgresql://host:port/db?…}; a {@code currentSchema} in it is also the schema
 *                          the migrations go to (created if missing), which lets tests isolate themselves
 * @param username          null or blank to take the user from the URL
 * @param password          null to take it from the URL, or none
 * @param maximumPoolSize   connections at most; in Lambda 1 or 2, as a container serves one request at a time
 * @param connectionTimeout how long a caller waits for a connection (also bounds the TCP connect)
 * @param socketTimeout     how long a read may block; keep it below the Lambda function's timeout
 * @param runMigrations     whether {@link PostgresPersistence#start} applies and validates the Flyway migrations
 */
public record PersistenceSettings(String jdbcUrl, String username, String password, int maximumPoolSize,
        Duration connectionTimeout, Duration socketTimeout, boolean runMigrations) {

    public static final int DEFAULT_POOL_SIZE = 2;
    public static final int MAX_POOL_SIZE = 100;
    /** A request must never wait on a default timeout: Hikari's own is 30 s. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofMillis(2_500);
    /** Below the 29 s an API Gateway integration may take, and below any sensible function timeout. */
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(10);
    /** Hikari refuses less. */
    public static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);
    /** The driver counts this one in whole seconds. */
    public static final Duration MIN_SOCKET_TIMEOUT = Duration.ofSeconds(1);

    private static final String URL_PREFIX = "jdbc:postgresql:";

    public PersistenceSettings {
        if (jdbcUrl == null || !jdbcUrl.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("jdbcUrl: must start with " + URL_PREFIX);
        }
        if (Driver.parseURL(jdbcUrl, null) == null) {
            throw new IllegalArgumentException("jdbcUrl: is not a valid PostgreSQL JDBC URL");
        }
        if (maximumPoolSize < 1 || maximumPoolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException("maximumPoolSize: must be between 1 and " + MAX_POOL_SIZE);
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connectionTimeout: must be at least " + MIN_CONNECTION_TIMEOUT);
        }
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        if (socketTimeout.compareTo(MIN_SOCKET_TIMEOUT) < 0) {
            throw new IllegalArgumentException("socketTimeout: must be at least " + MIN_SOCKET_TIMEOUT);
        }
    }

    /** The defaults: a pool of {@value #DEFAULT_POOL_SIZE}, short timeouts, migrations on. */
    public static PersistenceSettings of(String jdbcUrl, String username, String password) {
        return new PersistenceSettings(jdbcUrl, username, password, DEFAULT_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT,
                DEFAULT_SOCKET_TIMEOUT, true);
    }

    public PersistenceSettings withMaximumPoolSize(int size) {
        return new PersistenceSettings(jdbcUrl, username, password, size, connectionTimeout, socketTimeout,
                runMigrations);
    }

    public PersistenceSettings withTimeouts(Duration connection, Duration socket) {
        return new PersistenceSettings(jdbcUrl, username, password, maximumPoolSize, connection, socket,
                runMigrations);
    }

    public PersistenceSettings withRunMigrations(boolean run) {
        return new PersistenceSettings(jdbcUrl, username, password, maximumPoolSize, connectionTimeout,
                socketTimeout, run);
    }

    /** The {@code currentSchema} named in the URL (the first, when it lists several). */
    public Optional<String> schema() {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        return Optional.ofNullable(PGProperty.CURRENT_SCHEMA.getOrDefault(parsed))
                .map(value -> value.split(",")[0].strip())
                .filter(value -> !value.isEmpty());
    }

    Optional<String> user() {
        return Optional.ofNullable(username).filter(value -> !value.isBlank());
    }

    Optional<String> secret() {
        return Optional.ofNullable(password);
    }

    /** {@code url} with any password in it (as {@code user:password@} or a {@code password=} parameter) blanked out. */
    public static String redacted(String url) {
        return url.replaceAll("(://[^:/@]*:)[^@/]*@", "$1…@").replaceAll("(?i)(password=)[^&]*", "$1…");
    }

    /** Never prints the password, nor a password written into the URL. */
    @Override
    public String toString() {
        return "PersistenceSettings[jdbcUrl=" + redacted(jdbcUrl)
                + ", username=" + username + ", password=" + (password == null ? "none" : "…")
                + ", maximumPoolSize=" + maximumPoolSize + ", connectionTimeout=" + connectionTimeout
                + ", socketTimeout=" + socketTimeout + ", runMigrations=" + runMigrations + "]";
    }
}
