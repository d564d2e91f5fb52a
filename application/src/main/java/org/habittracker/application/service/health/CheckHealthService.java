package org.habittracker.application.service.health;

import java.util.function.Supplier;
import org.habittracker.application.port.in.health.CheckHealthUseCase;
import org.habittracker.application.port.in.health.HealthReport;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.DatabaseHealth;
import org.habittracker.application.port.out.ReadCache;

/**
 * UP when the database and the cache answer; DEGRADED when only the database does (the cache down or not
 * configured: requests still work, only slower); DOWN when the database does not.
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
        if (db.status() != ComponentHealth.Status.UP) {
            status = HealthReport.Status.DOWN;
        } else if (cache.status() != ComponentHealth.Status.UP) {
            status = HealthReport.Status.DEGRADED;
        } else {
            status = HealthReport.Status.UP;
        }
        return new HealthReport(status, db, cache);
    }

    /** A probe that throws, against its contract, still gives a report rather than an error. */
    private static ComponentHealth probe(Supplier<ComponentHealth> probe) {
        try {
            return probe.get();
        } catch (RuntimeException e) {
            return ComponentHealth.down(e.getClass().getSimpleName(), 0);
        }
    }
}
