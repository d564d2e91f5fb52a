package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.testing.InMemoryDatabase;
import org.habittracker.application.testing.InMemorySessionStore;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With no Redis configured the cache is a pass-through and says so. */
class DisabledCacheTest {
    private final RedisCache cache = RedisCache.connect(CacheSettings.defaults(Optional.empty()));
    private final ReadModelKey board = new ReadModelKey(new UserId(UUID.randomUUID()), "board:2026-11-22");

    @Test
    @DisplayName("every read runs the loader")
    void readsPassThrough() {
        AtomicInteger loads = new AtomicInteger();

        cache.readCache().get(board, String.class, () -> "v" + loads.incrementAndGet());

        assertThat(cache.readCache().get(board, String.class, () -> "v" + loads.incrementAndGet())).isEqualTo("v2");
        assertThat(cache.enabled()).isFalse();
    }

    @Test
    @DisplayName("health reports the cache as disabled")
    void healthIsDisabled() {
        assertThat(cache.health().status()).isEqualTo(ComponentHealth.Status.DISABLED);
        assertThat(cache.readCache().health().status()).isEqualTo(ComponentHealth.Status.DISABLED);
    }

    @Test
    @DisplayName("the session store is the database store itself")
    void sessionsPassThrough() {
        SessionStore database = new InMemorySessionStore(new InMemoryDatabase());

        assertThat(cache.sessionStore(database)).isSameAs(database);
    }

    @Test
    @DisplayName("the lifecycle hooks and invalidation are harmless")
    void hooksAreHarmless() {
        cache.readCache().invalidate(board.owner());
        cache.prepareForCheckpoint();
        cache.afterRestore();
        cache.close();

        assertThat(cache.readCache().get(board, String.class, () -> "loaded")).isEqualTo("loaded");
        assertThat(cache.metrics().snapshot().fallThroughs()).isZero();
    }
}
