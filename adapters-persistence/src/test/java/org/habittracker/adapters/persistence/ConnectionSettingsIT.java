package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.habittracker.application.port.out.ComponentHealth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Lambda settings of ARCHITECTURE.md §4, seen on real connections. */
class ConnectionSettingsIT {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    private static PostgresPersistence startWithoutMigrations(String url) {
        return PostgresPersistence.start(PersistenceSettings.of(url, null, null)
                .withMaximumPoolSize(1)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(7))
                .withRunMigrations(false));
    }

    private static String schemaUrl() {
        return database.server().jdbcUrl(database.schema());
    }

    /** Hikari closes evicted connections on its housekeeping thread: wait for it, a few seconds at most. */
    private static int waitUntilNoConnections(PostgresPersistence persistence, Duration atMost)
            throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        int total = persistence.pool().getHikariPoolMXBean().getTotalConnections();
        while (total > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            total = persistence.pool().getHikariPoolMXBean().getTotalConnections();
        }
        return total;
    }

    @Test
    @DisplayName("starting without migrations opens no connection: the first query does")
    void startIsLazy() {
        try (PostgresPersistence persistence = startWithoutMigrations(schemaUrl())) {
            assertThat(persistence.pool().getHikariPoolMXBean().getTotalConnections()).isZero();

            assertThat(persistence.health().probe().status()).isEqualTo(ComponentHealth.Status.HEALTHY);

            assertThat(persistence.pool().getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a pooled connection carries the socket timeout and the application name")
    void connectionCarriesTheSettings() throws Exception {
        try (PostgresPersistence persistence = startWithoutMigrations(schemaUrl());
                Connection connection = persistence.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting('application_name')")) {
            result.next();

            assertThat(connection.getNetworkTimeout()).isEqualTo(7_000);
            assertThat(result.getString(1)).isEqualTo("habit-tracker");
            assertThat(persistence.pool().getMaximumPoolSize()).isEqualTo(1);
            assertThat(persistence.pool().getMinimumIdle()).isZero();
        }
    }

    @Test
    @DisplayName("evicting before a snapshot closes the pool's idle connections; the next query reconnects")
    void evictConnectionsEmptiesThePool() throws InterruptedException {
        try (PostgresPersistence persistence = startWithoutMigrations(schemaUrl())) {
            persistence.health().probe();
            assertThat(persistence.pool().getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);

            persistence.evictConnections();

            assertThat(waitUntilNoConnections(persistence, Duration.ofSeconds(5))).isZero();
            assertThat(persistence.health().probe().status()).isEqualTo(ComponentHealth.Status.HEALTHY);
        }
    }

    @Test
    @DisplayName("sslmode=verify-full from the URL is enforced: without a trusted certificate there is no connection")
    void sslModeVerifyFullFromTheUrlIsEnforced() {
        try (PostgresPersistence persistence = startWithoutMigrations(schemaUrl() + "&sslmode=verify-full")) {
            ComponentHealth health = persistence.health().probe();

            assertThat(health.status()).isEqualTo(ComponentHealth.Status.UNHEALTHY);
            assertThat(health.message()).containsIgnoringCase("SSL");
        }
    }

    @Test
    @DisplayName("sslmode=disable from the URL gives a plain connection")
    void sslModeDisableFromTheUrl() throws Exception {
        try (PostgresPersistence persistence = startWithoutMigrations(schemaUrl() + "&sslmode=disable");
                Connection connection = persistence.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            result.next();

            assertThat(result.getBoolean(1)).isFalse();
        }
    }
}
