package org.habittracker.application.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.domain.user.UserId;

/**
 * A real cache in a map, keeping the {@link ReadCache} rules: each owner has a version that
 * {@link #invalidate} moves on, and a loaded value is stored only if the version it was loaded under is
 * still current, so a load racing with a write can never put a stale value back.
 */
public final class InMemoryReadCache implements ReadCache {

    /** One owner's entries and version; guarded by its own monitor. */
    private static final class OwnerEntries {
        long version;
        final Map<String, Object> values = new HashMap<>();
    }

    private final Map<UserId, OwnerEntries> owners = new ConcurrentHashMap<>();
    private final AtomicReference<ComponentHealth> health = new AtomicReference<>(ComponentHealth.healthy(0));

    /** What {@link #health()} answers from now on, to test how health reports a failing cache. */
    public void reportHealth(ComponentHealth newHealth) {
        health.set(newHealth);
    }

    @Override
    public <T> T get(ReadModelKey key, Class<T> type, Supplier<T> loader) {
        OwnerEntries entries = owners.computeIfAbsent(key.owner(), o -> new OwnerEntries());
        long versionBeforeLoad;
        synchronized (entries) {
            Object cached = entries.values.get(key.name());
            if (type.isInstance(cached)) {
                return type.cast(cached);
            }
            versionBeforeLoad = entries.version;
        }
        T loaded = loader.get();
        synchronized (entries) {
            if (entries.version == versionBeforeLoad && loaded != null) {
                entries.values.put(key.name(), loaded);
            }
        }
        return loaded;
    }

    @Override
    public void invalidate(UserId owner) {
        OwnerEntries entries = owners.computeIfAbsent(owner, o -> new OwnerEntries());
        synchronized (entries) {
            entries.version++;
            entries.values.clear();
        }
    }

    @Override
    public ComponentHealth health() {
        return health.get();
    }
}
