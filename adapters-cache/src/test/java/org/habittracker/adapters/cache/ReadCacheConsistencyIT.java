package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The versioned-hash protocol on a real Redis, beyond the application's contract. */
class ReadCacheConsistencyIT {
    private static RedisCache cache;
    private static RedisCache otherProcess;
    private static TestRedis.Inspector inspector;

    private final UserId owner = new UserId(UUID.randomUUID());
    private final ReadModelKey board = new ReadModelKey(owner, "board:2026-11-22");

    @BeforeAll
    static void connect() {
        cache = TestRedis.connectedCache();
        otherProcess = TestRedis.connectedCache();
        inspector = TestRedis.inspector(TestRedis.url());
    }

    @AfterAll
    static void close() {
        cache.close();
        otherProcess.close();
        inspector.close();
    }

    private ReadCache readCache() {
        return cache.readCache();
    }

    @Test
    @DisplayName("a today board is cached whole: the second read equals the first and does not load")
    void todayBoardIsCached() {
        TodayBoard stored = ReadModels.board(owner, 20);
        AtomicInteger loads = new AtomicInteger();

        readCache().get(board, TodayBoard.class, () -> {
            loads.incrementAndGet();
            return stored;
        });
        TodayBoard again = readCache().get(board, TodayBoard.class, () -> {
            loads.incrementAndGet();
            return ReadModels.board(owner, 1);
        });

        assertThat(again).isEqualTo(stored);
        assertThat(loads).hasValue(1);
    }

    @Test
    @DisplayName("statistics are cached whole")
    void statisticsAreCached() {
        ReadModelKey key = new ReadModelKey(owner, "stats:habit:2026-11-22");
        HabitStatistics stored = ReadModels.statistics(365);
        readCache().get(key, HabitStatistics.class, () -> stored);

        assertThat(readCache().get(key, HabitStatistics.class, ReadModels::statisticsWithoutCommitment)).isEqualTo(stored);
    }

    @Test
    @DisplayName("an owner's entries live in one hash that expires within the entry TTL")
    void entriesExpire() {
        readCache().get(board, String.class, () -> "board");

        long ttlMillis = inspector.redis().pttl(CacheKeys.readModels(owner));
        assertThat(ttlMillis).isPositive().isLessThanOrEqualTo(CacheSettings.DEFAULT_ENTRY_TTL.toMillis());
    }

    @Test
    @DisplayName("a value loaded while Redis evicted or expired the owner's hash is not stored back")
    void storeAfterEvictionIsRejected() {
        long rejectedBefore = cache.metrics().snapshot().staleStoresRejected();

        readCache().get(board, String.class, () -> {
            inspector.redis().del(CacheKeys.readModels(owner)); // what maxmemory eviction or expiry does
            return "loaded before the eviction";
        });

        assertThat(readCache().get(board, String.class, () -> "reloaded")).isEqualTo("reloaded");
        assertThat(cache.metrics().snapshot().staleStoresRejected()).isGreaterThan(rejectedBefore);
    }

    @Test
    @DisplayName("another process's invalidation, racing with this process's load, keeps the loaded value out")
    void invalidationByAnotherProcessWins() {
        readCache().get(board, String.class, () -> {
            otherProcess.readCache().invalidate(owner);
            return "stale";
        });

        assertThat(otherProcess.readCache().get(board, String.class, () -> "fresh")).isEqualTo("fresh");
        assertThat(readCache().get(board, String.class, () -> "not this")).isEqualTo("fresh");
    }

    @Test
    @DisplayName("a value stored by one process is a hit for another, until either invalidates")
    void processesShareEntries() {
        readCache().get(board, String.class, () -> "from process one");

        assertThat(otherProcess.readCache().get(board, String.class, () -> "loaded by two")).isEqualTo("from process one");
        otherProcess.readCache().invalidate(owner);
        assertThat(readCache().get(board, String.class, () -> "reloaded by one")).isEqualTo("reloaded by one");
    }

    @Test
    @DisplayName("an entry that no longer reads as its type (another version of the code wrote it) is reloaded and replaced")
    void unreadableEntryIsReloaded() {
        readCache().get(board, String.class, () -> "board");
        inspector.redis().hset(CacheKeys.readModels(owner), "=" + board.name(), "{\"not\":\"a board\"");

        assertThat(readCache().get(board, String.class, () -> "reloaded")).isEqualTo("reloaded");
        assertThat(readCache().get(board, String.class, () -> "again")).isEqualTo("reloaded");
    }

    @Test
    @DisplayName("hits and misses are counted")
    void hitsAndMissesAreCounted() {
        CacheMetrics.Snapshot before = cache.metrics().snapshot();

        readCache().get(board, String.class, () -> "board");
        readCache().get(board, String.class, () -> "board");
        readCache().get(board, String.class, () -> "board");

        CacheMetrics.Snapshot delta = cache.metrics().snapshot().since(before);
        assertThat(delta.readModelMisses()).isEqualTo(1);
        assertThat(delta.readModelHits()).isEqualTo(2);
        assertThat(delta.failures()).isZero();
    }

    @Test
    @DisplayName("a null from the loader is returned and not cached")
    void nullIsNotCached() {
        assertThat(readCache().get(board, String.class, () -> null)).isNull();
        assertThat(readCache().get(board, String.class, () -> "now there is one")).isEqualTo("now there is one");
    }

    @Test
    @DisplayName("under concurrent reads and writes, no read returns a value older than a write whose invalidation returned before the read began")
    void concurrentReadersNeverSeeInvalidatedValues() throws Exception {
        AtomicLong database = new AtomicLong();
        AtomicLong invalidatedUpTo = new AtomicLong();
        AtomicLong staleReads = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            running.add(threads.submit(() -> {
                while (System.nanoTime() < end) {
                    long written = database.incrementAndGet();
                    // Half the writes are invalidated by another process, as another Lambda would.
                    (written % 2 == 0 ? readCache() : otherProcess.readCache()).invalidate(owner);
                    invalidatedUpTo.accumulateAndGet(written, Math::max);
                    RedisProcess.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextInt(3)));
                }
            }));
        }
        for (int reader = 0; reader < 6; reader++) {
            ReadCache readerCache = reader % 2 == 0 ? readCache() : otherProcess.readCache();
            running.add(threads.submit(() -> {
                while (System.nanoTime() < end) {
                    long floor = invalidatedUpTo.get();
                    Long read = readerCache.get(board, Long.class, () -> {
                        long value = database.get();
                        if (ThreadLocalRandom.current().nextBoolean()) {
                            RedisProcess.sleep(Duration.ofMillis(1)); // a slow query widens the race
                        }
                        return value;
                    });
                    reads.incrementAndGet();
                    if (read < floor) {
                        staleReads.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> task : running) {
            task.get();
        }
        threads.shutdown();

        assertThat(reads.get()).as("reads made").isGreaterThan(1_000);
        assertThat(staleReads).as("reads older than an invalidated write").hasValue(0);
        assertThat(cache.metrics().snapshot().readModelHits()).as("the cache was used, not bypassed").isPositive();
    }

    @Test
    @DisplayName("invalidate with Redis healthy leaves nothing queued")
    void healthyInvalidateQueuesNothing() {
        readCache().invalidate(owner);

        assertThat(cache.metrics().snapshot().pendingEvictions()).isZero();
        assertThat(inspector.redis().exists(CacheKeys.readModels(owner))).isZero();
    }

    @Test
    @DisplayName("the settings used by default are the fail-fast ones of ARCHITECTURE.md §4")
    void defaultsAreFailFast() {
        CacheSettings defaults = CacheSettings.defaults(Optional.of(TestRedis.url()));

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofMillis(100));
        assertThat(defaults.commandTimeout()).isEqualTo(Duration.ofMillis(250));
    }
}
