package org.habittracker.application.service.health;

import java.util.function.Supplier;
import org.habittracker.application.port.in.health.CheckHealthUseCase;
import org.habittracker.application.port.in.health.HealthReport;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.DatabaseHealth;
import org.habittracker.application.port.out.ReadCache;

/**
 * HEALTHY when the database answers and the cache answers or is disabled by configuration (nothing configured is
 * failing); DEGRADED when the database answers but a configured cache does not (requests still work, only
 * slower); UNHEALTHY when the database does not.
 */
public final class CheckHealthService implements CheckHealthUseCase {
    private final DatabaseHealth database;
    private final ReadCache readCache;

    public CheckHealthService(DatabaseHealth database, ReadCache readCache) {
        this.database = database;
        this.readCache = readCache;
    }

    @Override
    public HealthReport check() {
        ComponentHealth db = probe(database::probe);
        ComponentHealth cache = probe(readCache::health);
        HealthReport.Status status;
        if (db.status() != ComponentHealth.Status.HEALTHY) {
            status = HealthReport.Status.UNHEALTHY;
        } else if (cache.status() == ComponentHealth.Status.UNHEALTHY) {
            status = HealthReport.Status.DEGRADED;
        } else {
            status = HealthReport.Status.HEALTHY;
        }
        return new HealthReport(status, db, cache);
    }

    /** A probe that throws, against its contract, still gives a report rather than an error. */
    private static ComponentHealth probe(Supplier<ComponentHealth> probe) {
        try {
            return probe.get();
        } catch (RuntimeException e) {
            return ComponentHealth.unhealthy(e.getClass().getSimpleName(), 0);
        }
    }
}
