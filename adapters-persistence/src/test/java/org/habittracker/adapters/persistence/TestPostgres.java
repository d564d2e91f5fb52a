package org.habittracker.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run on, found as ARCHITECTURE.md §7 says: the URL in {@code HABITS_TEST_DB_URL}
 * (which {@code .ci/run} points at the machine's server); else a Testcontainers PostgreSQL when a Docker
 * engine answers; else an embedded one (zonky, PostgreSQL {@value #EMBEDDED_MAJOR}). The system property
 * {@code habits.test.db=embedded} skips straight to the embedded server, which is how the build proves the
 * adapter on a second major version. One server per test JVM; each test class takes a schema of its own.
 */
public final class TestPostgres {
    static final String MODE_PROPERTY = "habits.test.db";
    static final String URL_VARIABLE = "HABITS_TEST_DB_URL";
    static final int EMBEDDED_MAJOR = 17;
    private static final String CONTAINER_IMAGE = "postgres:17-alpine";

    private static TestPostgres server;

    private final String source;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    private TestPostgres(String source, String jdbcUrl, String username, String password) {
        this.source = source;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestPostgres server() {
        if (server == null) {
            server = discover();
            System.out.printf("Tests run on %s via %s (%s)%n", server.version(), server.source, server.jdbcUrl);
        }
        return server;
    }

    /** Whether this run was asked to use the embedded server. */
    static boolean embeddedForced() {
        return "embedded".equals(System.getProperty(MODE_PROPERTY));
    }

    private static TestPostgres discover() {
        if (embeddedForced()) {
            return embedded("embedded PostgreSQL (forced by -D" + MODE_PROPERTY + "=embedded)");
        }
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new TestPostgres(URL_VARIABLE, url, null, null);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return container();
        }
        return embedded("embedded PostgreSQL (no " + URL_VARIABLE + ", no Docker)");
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    private static TestPostgres container() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(CONTAINER_IMAGE);
        container.start();
        return new TestPostgres("Testcontainers " + CONTAINER_IMAGE, container.getJdbcUrl(), container.getUsername(),
                container.getPassword());
    }

    private static TestPostgres embedded(String source) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(RootSafeBinaryResolver.INSTANCE)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start(); // stopped by zonky's shutdown hook
            return new TestPostgres(source, postgres.getJdbcUrl("postgres", "postgres"), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** The server's URL, with no schema chosen. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The URL of {@code schema}: {@code currentSchema} makes it the connections' search path and Flyway's target. */
    public String jdbcUrl(String schema) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * The variables the application's configuration reads ({@code HABITS_DB_URL}, and the user and password
     * when the server needs them) for a schema of its own: how the outer modules' tests reach this server.
     */
    public Map<String, String> habitsEnvironment(String schema) {
        Map<String, String> env = new HashMap<>();
        env.put("HABITS_DB_URL", jdbcUrl(schema));
        if (username != null) {
            env.put("HABITS_DB_USER", username);
        }
        if (password != null) {
            env.put("HABITS_DB_PASSWORD", password);
        }
        return env;
    }

    PersistenceSettings settings(String schema) {
        return PersistenceSettings.of(jdbcUrl(schema), username, password).withMaximumPoolSize(4);
    }

    /** A plain connection outside any pool, for setting up and inspecting. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    public void dropSchema(String schema) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }

    public String version() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT current_setting('server_version')")) {
            result.next();
            return "PostgreSQL " + result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the test database does not answer: " + jdbcUrl, e);
        }
    }

    public int majorVersion() {
        try (Connection connection = connect()) {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
