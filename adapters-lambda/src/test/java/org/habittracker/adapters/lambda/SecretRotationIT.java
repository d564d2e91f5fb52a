package org.habittracker.adapters.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.lambda.observability.RequestLog;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.persistence.RootSafeBinaryResolver;
import org.habittracker.adapters.persistence.secret.FakeSecretsExtension;
import org.habittracker.adapters.persistence.secret.SecretCredentials;

/**
 * The database password from a secret, over a PostgreSQL that checks passwords: a dedicated role whose
 * password the test changes as an RDS rotation does, and the fake secrets extension serving the new one.
 *
 * <p>The server is an embedded PostgreSQL of this test's own, because it must ask for passwords
 * (SCRAM) where the shared test servers trust local connections; the role and its database are dropped
 * afterwards. Only the superuser is trusted, to set the test up.
 */
@DisplayName("The database secret through the handler: read on first use, read again after a rotation")
class SecretRotationIT {

    private static final String ROLE = "habits_rotation";
    private static final String ARN = "arn:aws:secretsmanager:eu-central-1:1:secret:rds!cluster-rotation";
    private static final String TOKEN = "session-token";

    private static EmbeddedPostgres server;

    private FakeSecretsExtension extension;
    private ApiGatewayHandler handler;
    private final List<String> logLines = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServerThatChecksPasswords() throws IOException {
        server = EmbeddedPostgres.builder()
                .setPgBinaryResolver(RootSafeBinaryResolver.INSTANCE)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setDataDirectoryCustomizer(dataDirectory -> {
                    try {
                        Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
                                local all all trust
                                host all postgres 127.0.0.1/32 trust
                                host all all 127.0.0.1/32 scram-sha-256
                                """);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void createRoleAndDatabase() throws SQLException {
        superuser("CREATE ROLE " + ROLE + " LOGIN PASSWORD 'first-password'");
        superuser("CREATE DATABASE " + ROLE + " OWNER " + ROLE);
        extension = new FakeSecretsExtension(ARN, TOKEN, FakeSecretsExtension.credentials(ROLE, "first-password"));
    }

    @AfterEach
    void dropRoleAndDatabase() throws SQLException {
        if (handler != null) {
            handler.close();
        }
        extension.close();
        superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + ROLE + "'");
        superuser("DROP DATABASE IF EXISTS " + ROLE + " WITH (FORCE)");
        superuser("DROP ROLE IF EXISTS " + ROLE);
    }

    @Test
    @DisplayName("building the handler reads nothing; the first request reads the secret, migrates and answers")
    void readOnFirstRequest() {
        handler = handler();
        assertThat(extension.reads()).as("no read while the handler is built (Lambda init)").isZero();

        ApiResponse health = send(Events.request("GET", "/health").build());

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("services").get("database").get("status").asText()).isEqualTo("healthy");
        assertThat(extension.reads()).isOne();
        String session = register("first");
        assertThat(send(Events.request("GET", "/api/habits").session(session).build()).status()).isEqualTo(200);
        assertThat(extension.reads()).as("the copy is kept while the database accepts it").isOne();
    }

    @Test
    @DisplayName("after a rotation a new connection is refused, the secret is read again and the read is repeated")
    void rotationRefreshesAndRetriesRead() throws Exception {
        handler = handler();
        String session = register("reader");

        rotate("second-password");

        ApiResponse board = send(Events.request("GET", "/api/habits").session(session).build());
        assertThat(board.status()).isEqualTo(200);
        assertThat(extension.reads()).isEqualTo(2);
        assertThat(send(Events.request("GET", "/api/me").session(session).build()).status()).isEqualTo(200);
        assertThat(extension.reads()).isEqualTo(2);
    }

    @Test
    @DisplayName("health after a rotation reads the secret again and reports the database up")
    void healthAfterRotation() throws Exception {
        handler = handler();
        register("health");

        rotate("health-password");

        ApiResponse health = send(Events.request("GET", "/health").build());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("services").get("database").get("status").asText()).isEqualTo("healthy");
        assertThat(extension.reads()).isEqualTo(2);
    }

    @Test
    @DisplayName("a write after a rotation goes through once: the refused connection ran nothing, the new one runs it")
    void rotationDoesNotFailWrites() throws Exception {
        handler = handler();
        String session = register("writer");

        rotate("third-password");

        ApiResponse created = send(Events.request("POST", "/api/habits").session(session)
                .json("{\"name\":\"Stretch\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"}}").build());
        assertThat(created.status()).isEqualTo(201);
        assertThat(extension.reads()).as("read again at once").isEqualTo(2);

        ApiResponse board = send(Events.request("GET", "/api/habits").session(session).build());
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.json().get("habits")).as("written exactly once").hasSize(1);
        assertThat(logLines).noneMatch(line -> line.contains("\"status\":5"));
    }

    @Test
    @DisplayName("after a SnapStart restore the next connection reads the secret again")
    void restoreForgetsTheCopy() throws Exception {
        handler = handler();
        register("restored");
        HabitsRuntime runtime = handler.runtime().orElseThrow();
        SecretCredentials credentials = runtime.credentials().orElseThrow();

        runtime.beforeCheckpoint();
        assertThat(credentials.held()).as("no password in the snapshot").isFalse();
        superuser("ALTER ROLE " + ROLE + " PASSWORD 'restored-password'");
        extension.serve(FakeSecretsExtension.credentials(ROLE, "restored-password"));
        runtime.afterRestore();

        assertThat(send(Events.request("GET", "/health").build()).status()).isEqualTo(200);
        assertThat(extension.reads()).isEqualTo(2);
    }

    private ApiGatewayHandler handler() {
        Map<String, String> env = new HashMap<>(extension.lambdaEnvironment());
        env.put("HABITS_DB_URL", "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + ROLE + "?currentSchema=app");
        env.put("HABITS_DB_USER", ROLE);
        env.put("HABITS_DB_SECRET_ARN", ARN);
        env.put("HABITS_DB_POOL_SIZE", "1");
        return ApiGatewayHandler.fromEnvironment(env, HabitsRuntime.Options.defaults(),
                new RequestLog(logLines::add, Clock.systemUTC(), "test"));
    }

    private ApiResponse send(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event) {
        return new ApiResponse(handler.handleRequest(event, null));
    }

    private String register(String username) {
        ApiResponse registered = send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"" + username + "\",\"password\":\"a long enough password\",\"timeZone\":\"UTC\"}").build());
        assertThat(registered.status()).isEqualTo(201);
        return registered.sessionToken().orElseThrow();
    }

    /**
     * As RDS rotates: the role's password changes and the extension serves the new one. Open sessions
     * survive a password change in PostgreSQL; ours is ended so that the next request needs a new
     * connection (as after the pool retires an idle one), and the pool's liveness check (skipped for a
     * connection used in the last 500 ms) is given time to notice.
     */
    private void rotate(String password) throws SQLException, InterruptedException {
        superuser("ALTER ROLE " + ROLE + " PASSWORD '" + password + "'");
        extension.serve(FakeSecretsExtension.credentials(ROLE, password));
        superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + ROLE + "'");
        Thread.sleep(600);
    }

    private static void superuser(String sql) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
