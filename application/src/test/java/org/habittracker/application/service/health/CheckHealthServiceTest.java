package org.habittracker.application.service.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.habittracker.application.port.in.health.HealthReport;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.application.testing.PassThroughReadCache;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckHealthServiceTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final InMemoryPorts ports = app.ports();

    private HealthReport check() {
        return app.services().health().check();
    }

    @Test
    @DisplayName("database and cache answering is UP, with both reports")
    void everythingUp() {
        HealthReport report = check();

        assertThat(report.status()).isEqualTo(HealthReport.Status.HEALTHY);
        assertThat(report.database().status()).isEqualTo(ComponentHealth.Status.HEALTHY);
        assertThat(report.cache().status()).isEqualTo(ComponentHealth.Status.HEALTHY);
    }

    @Test
    @DisplayName("a configured cache that does not answer makes it DEGRADED")
    void cacheDown() {
        ports.readCache().reportHealth(ComponentHealth.unhealthy("connection refused", 100));

        assertThat(check().status()).isEqualTo(HealthReport.Status.DEGRADED);
    }

    @Test
    @DisplayName("a cache disabled by configuration leaves it HEALTHY: nothing configured is failing")
    void cacheDisabled() {
        CheckHealthService health = new CheckHealthService(ports.databaseHealth(), new PassThroughReadCache());

        HealthReport report = health.check();

        assertThat(report.status()).isEqualTo(HealthReport.Status.HEALTHY);
        assertThat(report.cache().status()).isEqualTo(ComponentHealth.Status.DISABLED);
    }

    @Test
    @DisplayName("a database that is down makes it DOWN, whatever the cache")
    void databaseDown() {
        ports.databaseHealth().answer(ComponentHealth.unhealthy("timeout", 2000));

        HealthReport report = check();

        assertThat(report.status()).isEqualTo(HealthReport.Status.UNHEALTHY);
        assertThat(report.database().message()).isEqualTo("timeout");
    }

    @Test
    @DisplayName("a probe that throws counts as down instead of failing the health check")
    void throwingProbe() {
        CheckHealthService health = new CheckHealthService(() -> {
            throw new IllegalStateException("pool closed");
        }, ports.readCache());

        assertThat(health.check().status()).isEqualTo(HealthReport.Status.UNHEALTHY);
    }
}
