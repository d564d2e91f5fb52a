package org.habittracker.adapters.persistence.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.habittracker.adapters.persistence.PersistenceSettings;
import org.habittracker.adapters.persistence.PostgresPersistence;
import org.habittracker.adapters.persistence.TestPostgres;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.DatabaseUnavailableException;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The start-up schema check: Flyway only when the schema is not at this code's latest migration")
class SchemaCheckIT {

    private static final ClassLoader LOADER = SchemaCheckIT.class.getClassLoader();

    private final String schema = "schema_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Map<String, String> environment = TestPostgres.server().habitsEnvironment(schema);

    @AfterEach
    void drop() {
        TestPostgres.server().dropSchema(schema);
    }

    private PersistenceSettings settings() {
        return PersistenceSettings.of(environment.get("HABITS_DB_URL"), environment.get("HABITS_DB_USER"),
                environment.get("HABITS_DB_PASSWORD")).withRunMigrations(false);
    }

    private SchemaCheck.Connector connector() {
        PersistenceSettings settings = settings();
        Properties properties = new Properties();
        if (settings.username() != null) {
            properties.setProperty("user", settings.username());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        return () -> DriverManager.getConnection(settings.jdbcUrl(), properties);
    }

    /** Opens the adapter as a server starts it, waits for its migrations (made in the background) and closes it. */
    private void startAndClose() {
        try (PostgresPersistence persistence = PostgresPersistence.open(settings(), Optional.empty(),
                SchemaMigration.WHEN_BEHIND)) {
            assertThat(persistence.awaitSchema()).isEmpty();
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = TestPostgres.server().connect(); Statement s = connection.createStatement()) {
            s.execute("SET search_path TO \"" + schema + "\"");
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
        assertThat(SchemaCheck.current(connector(), LOADER)).isFalse();

        startAndClose();

        assertThat(SchemaCheck.current(connector(), LOADER)).isTrue();
    }

    @Test
    @DisplayName("a current schema starts without Flyway: a checksum Flyway's validation would refuse does not stop it")
    void currentSkipsFlyway() throws SQLException {
        startAndClose();
        sql("UPDATE flyway_schema_history SET checksum = 12345 WHERE version IS NOT NULL");

        startAndClose(); // Flyway's validate-on-migrate would have refused this schema

        assertThat(SchemaCheck.current(connector(), LOADER)).isTrue();
    }

    @Test
    @DisplayName("a failed migration in the history is not current: Flyway runs, refuses it, health says why and port calls fail as unavailable")
    void failedRowRunsFlyway() throws SQLException {
        startAndClose();
        sql("UPDATE flyway_schema_history SET success = false WHERE version IS NOT NULL");

        assertThat(SchemaCheck.current(connector(), LOADER)).isFalse();
        try (PostgresPersistence persistence = PostgresPersistence.open(settings(), Optional.empty(),
                SchemaMigration.WHEN_BEHIND)) {
            ComponentHealth health = persistence.health().probe();
            assertThat(health.status()).isEqualTo(ComponentHealth.Status.UNHEALTHY);
            assertThat(health.message()).contains("not migrated").contains("failed");
            assertThatThrownBy(() -> persistence.users().findById(new UserId(UUID.randomUUID())))
                    .as("every port call waits on the schema: 503 to a client")
                    .isInstanceOf(DatabaseUnavailableException.class);
        }
    }

    @Test
    @DisplayName("a history behind this code's latest migration is not current")
    void behind() throws SQLException {
        startAndClose();
        sql("UPDATE flyway_schema_history SET version = '0.9' WHERE version IS NOT NULL");

        assertThat(SchemaCheck.current(connector(), LOADER)).isFalse();
    }

    @Test
    @DisplayName("a history ahead of this code (after a rollback of the code) counts as current, as Flyway ignores future ones")
    void ahead() throws SQLException {
        startAndClose();
        sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 1, "
                + "current_user, 1, true)");

        assertThat(SchemaCheck.current(connector(), LOADER)).isTrue();
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
