package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.habittracker.application.port.out.ComponentHealth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseHealthIT {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    @Test
    @DisplayName("a database that answers is up, with the time it took")
    void answeringDatabaseIsUp() {
        ComponentHealth health = database.persistence().health().probe();

        assertThat(health.status()).isEqualTo(ComponentHealth.Status.HEALTHY);
        assertThat(health.message()).isEqualTo("ok");
        assertThat(health.latencyMs()).isBetween(0L, 2_000L);
    }

    @Test
    @DisplayName("a database that cannot be reached is down, reported within the connection timeout, not thrown")
    void unreachableDatabaseIsDownWithoutThrowing() {
        // Port 1 on the loopback: nothing listens, the connection is refused at once.
        PersistenceSettings settings = PersistenceSettings.of("jdbc:postgresql://127.0.0.1:1/habits", "nobody", null)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
                .withRunMigrations(false);
        try (PostgresPersistence persistence = PostgresPersistence.start(settings)) {
            ComponentHealth health = persistence.health().probe();

            assertThat(health.status()).isEqualTo(ComponentHealth.Status.UNHEALTHY);
            assertThat(health.message()).isNotBlank();
            assertThat(health.latencyMs()).isLessThan(3_000L);
        }
    }
}
