package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.testing.InMemoryDatabase;
import org.habittracker.application.testing.InMemorySessionStore;
import org.habittracker.application.testing.InMemoryUserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the cache costs, measured and printed (the figures the cache issue asks for): a hit, a miss and a
 * fall-through during an outage, for a today board of 20 habits (the board of ARCHITECTURE.md §8), and a session
 * look-up. Each figure is the time the cache adds on top of the loader, which here builds the board in
 * memory, so "miss" is the cache's own overhead, not a database query's. The assertions are loose sanity
 * bounds on medians (a shared 2-core machine); the printed percentiles are the result. Run alone with
 * {@code ./mvnw -pl adapters-cache verify -Dit.test=CacheCostIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CacheCostIT {
    private static final int WARM_UP = 10_000;
    private static final int MEASURED = 5_000;

    private final UserId owner = new UserId(UUID.randomUUID());
    private final ReadModelKey key = new ReadModelKey(owner, "board:2026-11-22");
    private final TodayBoard board = ReadModels.board(owner, 20);

    /** Percentiles in microseconds of {@code calls} runs of {@code call}, after a warm-up. */
    private static Figures measure(String what, Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        Figures figures = new Figures(what, nanos[MEASURED / 2] / 1_000.0, nanos[MEASURED * 99 / 100] / 1_000.0,
                Arrays.stream(nanos).average().orElseThrow() / 1_000.0);
        System.out.println(figures);
        return figures;
    }

    record Figures(String what, double p50Micros, double p99Micros, double meanMicros) {
        @Override
        public String toString() {
            return String.format("cache cost | %-52s | p50 %8.1f us | p99 %8.1f us | mean %8.1f us", what, p50Micros,
                    p99Micros, meanMicros);
        }
    }

    @Test
    @DisplayName("a hit, a miss and a fall-through during an outage cost what the printed figures say")
    void hitMissAndFallThrough() throws Exception {
        Supplier<TodayBoard> loader = () -> board;
        Figures loaderAlone = measure("loader alone (board built in memory)", loader::get);
        measure("JSON write + read of the board (no Redis)", () -> {
            try {
                ReadModelJson.read(ReadModelJson.write(board), TodayBoard.class);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Figures hit;
        Figures miss;
        try (RedisCache shared = TestRedis.connectedCache()) {
            ReadCache cache = shared.readCache();
            cache.get(key, TodayBoard.class, loader);
            hit = measure("hit: board from Redis (" + TestRedis.url().replaceAll("//.*@", "//") + ")",
                    () -> cache.get(key, TodayBoard.class, loader));
            miss = measure("miss: invalidate + read + load + store", () -> {
                cache.invalidate(owner);
                cache.get(key, TodayBoard.class, loader);
            });
            measure("invalidate alone (DEL)", () -> cache.invalidate(owner));
            assertThat(shared.metrics().snapshot().failures()).isZero();
        }

        Figures killed;
        try (RedisProcess redis = RedisProcess.start();
                RedisCache outage = TestRedis.awaitUp(RedisCache.connect(CacheSettings.defaults(Optional.of(redis.url()))))) {
            outage.readCache().get(key, TodayBoard.class, loader);
            redis.kill();
            killed = measure("fall-through: Redis killed (connection refused)",
                    () -> outage.readCache().get(key, TodayBoard.class, loader));
            measure("invalidate during the outage (queued)", () -> outage.readCache().invalidate(owner));
        }

        try (SilentServer silent = new SilentServer();
                RedisCache hanging = RedisCache.connect(CacheSettings.defaults(Optional.of(silent.url())))) {
            measure("fall-through: Redis that never answers", () -> hanging.readCache().get(key, TodayBoard.class, loader));
        }

        // Medians: the tail belongs to whatever else the machine is running.
        assertThat(hit.p50Micros()).as("a hit").isLessThan(2_000);
        assertThat(miss.p50Micros()).as("a miss").isLessThan(5_000);
        assertThat(killed.p50Micros() - loaderAlone.p50Micros()).as("a fall-through adds").isLessThan(100);
    }

    @Test
    @DisplayName("a session look-up costs what the printed figures say")
    void sessionLookUp() {
        InMemoryDatabase database = new InMemoryDatabase();
        User user = TestData.user();
        new InMemoryUserRepository(database).add(user);
        SessionStore databaseStore = new InMemorySessionStore(database);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Session session = new Session(TokenHash.of(UUID.randomUUID().toString()), user.id(), now, now.plus(Duration.ofDays(30)));
        databaseStore.save(session);

        try (RedisCache shared = TestRedis.connectedCache()) {
            SessionStore sessions = shared.sessionStore(databaseStore);
            sessions.find(session.tokenHash());
            Figures hit = measure("session hit", () -> sessions.find(session.tokenHash()));
            measure("session miss: evict + read + 2 look-ups + index + store", () -> {
                sessions.revoke(TokenHash.of("never-issued"));
                sessions.extend(session.tokenHash(), session.expiresAt());
                sessions.find(session.tokenHash());
            });

            assertThat(hit.p50Micros()).isLessThan(2_000);
        }
    }
}
