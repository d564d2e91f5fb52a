package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealServices;
import org.habittracker.adapters.persistence.PersistenceSettings;
import org.habittracker.adapters.persistence.TestPostgres;

@DisplayName("The start-up schema check: Flyway only when the schema is not at this code's latest migration")
class SchemaCheckIT {

    private static final ClassLoader LOADER = SchemaCheckIT.class.getClassLoader();

    private final RealServices.Schema schema = RealServices.freshSchema();

    @AfterEach
    void drop() {
        schema.close();
    }

    private PersistenceSettings settings() {
        Map<String, String> env = schema.environment();
        return PersistenceSettings.of(env.get("HABITS_DB_URL"), env.get("HABITS_DB_USER"), env.get("HABITS_DB_PASSWORD"));
    }

    /** Starts a runtime, waits for its migrations (made in the background) and closes it. */
    private void startAndClose() {
        try (HabitsRuntime runtime = HabitsRuntime.start(HabitsConfig.fromEnvironment(schema.environment()), Map.of(),
                HabitsRuntime.Options.defaults())) {
            assertThat(runtime.awaitSchema()).isEmpty();
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = TestPostgres.server().connect(); Statement s = connection.createStatement()) {
            s.execute("SET search_path TO \"" + schema.name() + "\"");
            s.execute(statement);
        }
    }

    @Test
    @DisplayName("the latest bundled migration is found on the classpath (the persistence jar's db/migration)")
    void latestBundled() {
        assertThat(SchemaCheck.latestBundled(LOADER)).hasValueSatisfying(v -> assertThat(v).isNotEmpty());
    }

    @Test
    @DisplayName("a schema that does not exist yet is not current; once migrated it is")
    void freshThenCurrent() {
        assertThat(SchemaCheck.current(settings(), LOADER)).isFalse();

        startAndClose();

        assertThat(SchemaCheck.current(settings(), LOADER)).isTrue();
    }

    @Test
    @DisplayName("a current schema starts without Flyway: a checksum Flyway's validation would refuse does not stop it")
    void currentSkipsFlyway() throws SQLException {
        startAndClose();
        sql("UPDATE flyway_schema_history SET checksum = 12345 WHERE version IS NOT NULL");

        startAndClose(); // Flyway's validate-on-migrate would have refused this schema

        assertThat(SchemaCheck.current(settings(), LOADER)).isTrue();
    }

    @Test
    @DisplayName("a failed migration in the history is not current: Flyway runs, refuses it, and health says why")
    void failedRowRunsFlyway() throws SQLException {
        startAndClose();
        sql("UPDATE flyway_schema_history SET success = false WHERE version IS NOT NULL");

        assertThat(SchemaCheck.current(settings(), LOADER)).isFalse();
        try (ApiGatewayHandler handler = ApiGatewayHandler.fromEnvironment(schema.environment())) {
            ApiResponse health = new ApiResponse(handler.handleRequest(Events.request("GET", "/health").build(), null));
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("services").get("database").get("message").asText())
                    .contains("not migrated").contains("failed");
            ApiResponse board = new ApiResponse(handler.handleRequest(Events.request("GET", "/api/auth/check").build(), null));
            assertThat(board.status()).isEqualTo(503);
            assertThat(board.header("Retry-After")).contains("1");
        }
    }

    @Test
    @DisplayName("a history behind this code's latest migration is not current")
    void behind() throws SQLException {
        startAndClose();
        sql("UPDATE flyway_schema_history SET version = '0.9' WHERE version IS NOT NULL");

        assertThat(SchemaCheck.current(settings(), LOADER)).isFalse();
    }

    @Test
    @DisplayName("a history ahead of this code (after a rollback of the code) counts as current, as Flyway ignores future ones")
    void ahead() throws SQLException {
        startAndClose();
        sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 1, "
                + "current_user, 1, true)");

        assertThat(SchemaCheck.current(settings(), LOADER)).isTrue();
    }

    @Test
    @DisplayName("versions compare as Flyway orders them: part by part, 1 = 1.0 < 1.1 < 2 < 10")
    void versionOrder() {
        assertThat(SchemaCheck.compare(SchemaCheck.parse("1"), SchemaCheck.parse("1.0"))).isZero();
        assertThat(SchemaCheck.compare(SchemaCheck.parse("1.0"), SchemaCheck.parse("1_1"))).isNegative();
        assertThat(SchemaCheck.compare(SchemaCheck.parse("1.1"), SchemaCheck.parse("2"))).isNegative();
        assertThat(SchemaCheck.compare(SchemaCheck.parse("10"), SchemaCheck.parse("2"))).isPositive();
        assertThat(SchemaCheck.parse("2_3")).containsExactly(BigInteger.TWO, BigInteger.valueOf(3));
        assertThat(SchemaCheck.parse("7")).isEqualTo(List.of(BigInteger.valueOf(7)));
    }
}
