package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.habittracker.application.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:30:00.123Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final UuidV7Generator ids = new UuidV7Generator(clock, new SecureRandom());

    /** Compares as the bytes compare, which is how databases order uuid columns. */
    private static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Test
    @DisplayName("ids are version 7 with the RFC 9562 variant")
    void versionAndVariant() {
        UUID id = ids.newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    @DisplayName("the first 48 bits are the clock's Unix milliseconds")
    void timestampBits() {
        UUID id = ids.newId();

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    @DisplayName("ids made within one millisecond still increase")
    void monotonicWithinAMillisecond() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.newId());
        }

        for (int i = 1; i < made.size(); i++) {
            assertThat(unsignedCompare(made.get(i - 1), made.get(i))).isNegative();
        }
    }

    @Test
    @DisplayName("ids still increase when the clock steps back")
    void monotonicWhenTheClockStepsBack() {
        UUID before = ids.newId();
        clock.advance(Duration.ofSeconds(-5));

        assertThat(unsignedCompare(before, ids.newId())).isNegative();
    }

    @Test
    @DisplayName("later milliseconds give larger ids")
    void timeOrdered() {
        UUID earlier = ids.newId();
        clock.advance(Duration.ofMillis(1));

        assertThat(unsignedCompare(earlier, ids.newId())).isNegative();
    }

    @Test
    @DisplayName("ids made on many threads at once are all different")
    void uniqueAcrossThreads() throws Exception {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        seen.add(ids.newId());
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        }

        assertThat(seen).hasSize(20_000);
    }

    @Test
    @DisplayName("the random part differs between generators started at the same instant")
    void randomPartDiffers() {
        UuidV7Generator other = new UuidV7Generator(clock, new SecureRandom());
        Set<UUID> ids1 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ids1.add(ids.newId());
            ids1.add(other.newId());
        }

        assertThat(ids1).hasSize(200);
    }
}
