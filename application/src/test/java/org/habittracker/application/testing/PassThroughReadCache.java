package org.habittracker.application.testing;

import java.util.function.Supplier;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.domain.user.UserId;

/** No cache at all: every read runs the loader. Health reports it as disabled, as with no Redis configured. */
public final class PassThroughReadCache implements ReadCache {

    @Override
    public <T> T get(ReadModelKey key, Class<T> type, Supplier<T> loader) {
        return loader.get();
    }

    @Override
    public void invalidate(UserId owner) {
        // Nothing is kept, so there is nothing to forget.
    }

    @Override
    public ComponentHealth health() {
        return ComponentHealth.disabled("no cache configured");
    }
}
