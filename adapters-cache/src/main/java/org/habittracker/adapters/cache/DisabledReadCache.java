package org.habittracker.adapters.cache;

import java.util.function.Supplier;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.domain.user.UserId;

/** No Redis configured: every read goes to the loader, and health says the cache is disabled. */
final class DisabledReadCache implements ReadCache {
    static final String REASON = "no Redis configured";

    @Override
    public <T> T get(ReadModelKey key, Class<T> type, Supplier<T> loader) {
        return loader.get();
    }

    @Override
    public void invalidate(UserId owner) {
        // Nothing is cached, so nothing can be stale.
    }

    @Override
    public ComponentHealth health() {
        return ComponentHealth.disabled(REASON);
    }
}
