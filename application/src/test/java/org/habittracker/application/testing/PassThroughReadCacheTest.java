package org.habittracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PassThroughReadCacheTest {
    private final PassThroughReadCache cache = new PassThroughReadCache();
    private final ReadModelKey key = new ReadModelKey(new UserId(UUID.randomUUID()), "board:2026-11-22");

    @Test
    @DisplayName("every read runs the loader")
    void everyReadLoads() {
        AtomicInteger calls = new AtomicInteger();

        cache.get(key, Integer.class, calls::incrementAndGet);
        Integer second = cache.get(key, Integer.class, calls::incrementAndGet);

        assertThat(second).isEqualTo(2);
    }

    @Test
    @DisplayName("health reports the cache as disabled")
    void healthIsDisabled() {
        assertThat(cache.health().status()).isEqualTo(ComponentHealth.Status.DISABLED);
    }
}
