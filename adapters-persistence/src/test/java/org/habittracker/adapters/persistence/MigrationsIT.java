package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema's life: created on an empty database, left alone when current, guarded against drift. */
class MigrationsIT {
    private static final List<String> TABLES = List.of("api_tokens", "check_ins", "flyway_schema_history",
            "habit_progress", "habits", "login_attempts", "milestones", "pauses", "push_subscriptions", "reminder_sends",
            "reminders", "sessions", "users");

    private final TestPostgres server = TestPostgres.server();
    private String schema;

    @BeforeEach
    void chooseEmptySchema() {
        schema = "it_migrations_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void dropSchema() {
        server.dropSchema(schema);
    }

    private PersistenceSettings settings() {
        return server.settings(schema);
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = '" + schema + "' ORDER BY table_name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    @Test
    @DisplayName("starting on an empty database creates the schema and every table")
    void emptyDatabaseIsMigrated() throws SQLException {
        PostgresPersistence.start(settings()).close();

        assertThat(tables()).containsExactlyElementsOf(TABLES);
    }

    @Test
    @DisplayName("migrating a database that is up to date applies nothing")
    void migratingAgainIsANoOp() {
        try (PostgresPersistence persistence = PostgresPersistence.start(settings())) {
            MigrateResult again = Migrations.migrate(persistence.dataSource(), Optional.of(schema));

            assertThat(again.migrationsExecuted).isZero();
            assertThat(again.success).isTrue();
        }
        try (PostgresPersistence restarted = PostgresPersistence.start(settings())) {
            assertThat(restarted.health().probe().message()).isEqualTo("ok");
        }
    }

    @Test
    @DisplayName("a start on a database whose applied migration differs from this code's fails validation")
    void changedMigrationFailsValidationOnStart() throws SQLException {
        PostgresPersistence.start(settings()).close();
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE \"" + schema + "\".flyway_schema_history SET checksum = checksum + 1 "
                    + "WHERE version = '1'");
        }

        assertThatThrownBy(() -> PostgresPersistence.start(settings()))
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    @DisplayName("a pool of one connection, as in Lambda, migrates without waiting for itself and then serves")
    void poolOfOneMigrates() throws SQLException {
        PersistenceSettings lambda = settings().withMaximumPoolSize(1)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
        long start = System.nanoTime();

        try (PostgresPersistence persistence = PostgresPersistence.start(lambda)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(tables()).containsExactlyElementsOf(TABLES);
            assertThat(persistence.pool().getMaximumPoolSize()).isEqualTo(1);
            assertThat(persistence.health().probe().message()).isEqualTo("ok");
        }
    }

    @Test
    @DisplayName("with migrations off, start leaves an empty database empty")
    void migrationsOffTouchesNothing() throws SQLException {
        try (PostgresPersistence persistence = PostgresPersistence.start(settings().withRunMigrations(false))) {
            assertThat(tables()).isEmpty();
            assertThat(persistence.pool().getHikariPoolMXBean().getTotalConnections()).isZero();
        }
    }
}
