package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.testing.InMemoryDatabase;
import org.habittracker.application.testing.InMemorySessionStore;
import org.habittracker.application.testing.InMemoryUserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Redis started after the first answer, over a real Redis: another container ("A", connected all along)
 * shares the Redis and the database with this one ("B", deferred), as two Lambda environments do.
 */
@DisplayName("Redis started after the first answer: nothing before it, and no eviction lost")
class DeferredCacheIT {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final SessionStore databaseSessions = new InMemorySessionStore(database);
    private final User user = TestData.user();
    private final RedisCache containerA = connected(RedisCache.connect(CacheSettings.defaults(Optional.of(TestRedis.url()))));
    private final SessionStore sessionsA = containerA.sessionStore(databaseSessions);
    private final AtomicInteger starts = new AtomicInteger();
    private DeferredCache containerB;

    DeferredCacheIT() {
        new InMemoryUserRepository(database).add(user);
    }

    @AfterEach
    void close() {
        containerA.close();
        if (containerB != null) {
            containerB.close();
        }
    }

    private DeferredCache deferred(String url) {
        Supplier<RedisCache> connect = () -> {
            starts.incrementAndGet();
            return RedisCache.connect(CacheSettings.defaults(Optional.of(url)));
        };
        containerB = new DeferredCache(connect, databaseSessions);
        return containerB;
    }

    /** As {@link #deferred}, with the client's building held until {@code gate} opens: a start in flight. */
    private DeferredCache gated(CountDownLatch gate) {
        Supplier<RedisCache> connect = () -> {
            starts.incrementAndGet();
            try {
                gate.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RedisCache.connect(CacheSettings.defaults(Optional.of(TestRedis.url())));
        };
        containerB = new DeferredCache(connect, databaseSessions);
        return containerB;
    }

    private Session session() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new Session(TokenHash.of(UUID.randomUUID().toString()), user.id(), now, now.plus(Duration.ofDays(30)));
    }

    /** A caches the session (look-up misses, loads, stores); its copy then outlives a database-only delete. */
    private Session cachedInA() {
        Session session = session();
        databaseSessions.save(session);
        assertThat(sessionsA.find(session.tokenHash())).isPresent();
        assertThat(sessionsA.find(session.tokenHash())).isPresent();
        return session;
    }

    @Test
    @DisplayName("before the start nothing of Redis is built: reads go to the database and store nothing")
    void passThroughBeforeStart() {
        DeferredCache b = deferred(TestRedis.url());
        Session session = session();
        databaseSessions.save(session);

        assertThat(b.sessionStore().find(session.tokenHash())).isPresent();
        assertThat(b.readCache().get(new ReadModelKey(user.id(), "board:x"), String.class, () -> "from the database"))
                .isEqualTo("from the database");
        assertThat(b.readCache().health().status()).isEqualTo(ComponentHealth.Status.UNHEALTHY);
        assertThat(b.isStarted()).isFalse();
        assertThat(starts).hasValue(0);
    }

    @Test
    @DisplayName("a logout before the start is in Redis before it returns: the other container's cached copy is gone")
    void revocationBeforeStartReachesOtherContainers() {
        Session session = cachedInA();
        DeferredCache b = deferred(TestRedis.url());

        b.sessionStore().revoke(session.tokenHash());

        assertThat(b.isStarted()).as("a revocation starts the cache").isTrue();
        assertThat(databaseSessions.find(session.tokenHash())).isEmpty();
        assertThat(sessionsA.find(session.tokenHash())).as("A no longer has a copy to serve").isEmpty();
    }

    @Test
    @DisplayName("a write's invalidation before the start is in Redis before it returns: the other container reloads")
    void invalidationBeforeStartReachesOtherContainers() {
        ReadModelKey board = new ReadModelKey(user.id(), "board:2026-11-22");
        assertThat(containerA.readCache().get(board, String.class, () -> "before the write")).isEqualTo("before the write");
        assertThat(containerA.readCache().get(board, String.class, () -> "not asked")).isEqualTo("before the write");
        DeferredCache b = deferred(TestRedis.url());

        b.readCache().invalidate(user.id());

        assertThat(containerA.readCache().get(board, String.class, () -> "after the write")).isEqualTo("after the write");
    }

    @Test
    @DisplayName("a slid expiry before the start does not start Redis; the start hands its eviction over")
    void extendBeforeStartIsHandedOver() {
        Session session = cachedInA();
        DeferredCache b = deferred(TestRedis.url());
        Instant later = session.expiresAt().plus(Duration.ofDays(1));

        assertThat(b.sessionStore().extend(session.tokenHash(), later)).isTrue();
        assertThat(starts).hasValue(0);
        assertThat(sessionsA.find(session.tokenHash()).orElseThrow().expiresAt()).as("A's copy, until B starts")
                .isEqualTo(session.expiresAt());

        b.start();
        awaitUp(b); // B's first answer from Redis replays what it was handed

        assertThat(sessionsA.find(session.tokenHash()).orElseThrow().expiresAt()).isEqualTo(later);
    }

    @Test
    @DisplayName("after the start B reads through Redis like any container")
    void afterStart() {
        Session session = cachedInA();
        DeferredCache b = deferred(TestRedis.url());
        b.start();
        awaitUp(b);
        databaseSessions.revoke(session.tokenHash()); // behind every cache's back

        assertThat(b.sessionStore().find(session.tokenHash())).as("B serves the cached copy A stored").isPresent();
        assertThat(starts).hasValue(1);
        b.start();
        assertThat(starts).as("started once").hasValue(1);
    }

    @Test
    @DisplayName("a start in the background returns before the client is built, and starts it once")
    void backgroundStartReturnsAtOnce() {
        CountDownLatch gate = new CountDownLatch(1);
        DeferredCache b = gated(gate);

        b.startInBackground();
        b.startInBackground();

        assertThat(b.isStarted()).as("still building the client").isFalse();
        gate.countDown();
        awaitUp(b);
        assertThat(starts).hasValue(1);
    }

    @Test
    @DisplayName("a logout while a background start is in flight waits for it and is in Redis before it returns")
    void revocationDuringBackgroundStartReachesOtherContainers() throws Exception {
        Session session = cachedInA();
        CountDownLatch gate = new CountDownLatch(1);
        DeferredCache b = gated(gate);
        b.startInBackground();
        awaitStarts(1);

        CompletableFuture<Void> logout = CompletableFuture.runAsync(() -> b.sessionStore().revoke(session.tokenHash()));
        Thread.sleep(100);
        assertThat(logout).as("waits for the start in flight").isNotDone();
        gate.countDown();
        logout.get(15, TimeUnit.SECONDS);

        assertThat(starts).as("the logout did not start a second client").hasValue(1);
        assertThat(sessionsA.find(session.tokenHash())).as("A no longer has a copy to serve").isEmpty();
    }

    @Test
    @DisplayName("a checkpoint during a background start waits for it, then drops its connection too")
    void checkpointDuringBackgroundStart() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        DeferredCache b = gated(gate);
        b.startInBackground();
        awaitStarts(1);

        CompletableFuture<Void> checkpoint = CompletableFuture.runAsync(b::prepareForCheckpoint);
        Thread.sleep(100);
        assertThat(checkpoint).as("waits for the start in flight").isNotDone();
        gate.countDown();
        checkpoint.get(15, TimeUnit.SECONDS);
        Thread.sleep(300); // time enough for a connection the checkpoint missed to come up

        assertThat(b.isStarted()).isTrue();
        assertThat(b.readCache().health().status()).as("no connection in the snapshot")
                .isEqualTo(ComponentHealth.Status.UNHEALTHY);
    }

    @Test
    @DisplayName("with Redis down, the first revocation waits at most about 1.5 s and later ones do not wait")
    void redisDownWaitsOnce() {
        DeferredCache b = deferred("redis://127.0.0.1:1");
        Session first = session();
        Session second = session();
        databaseSessions.save(first);
        databaseSessions.save(second);

        long started = System.nanoTime();
        b.sessionStore().revoke(first.tokenHash());
        long firstMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        started = System.nanoTime();
        b.sessionStore().revoke(second.tokenHash());
        long secondMs = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(firstMs).isBetween(DeferredCache.FIRST_CONNECTION_WAIT.toMillis() - 50, 4_000L);
        assertThat(secondMs).isLessThan(300);
        assertThat(databaseSessions.find(first.tokenHash())).as("the database write never waits on Redis").isEmpty();
        assertThat(databaseSessions.find(second.tokenHash())).isEmpty();
    }

    @Test
    @DisplayName("without Redis configured there is nothing to defer: a pass-through at once, and nothing waits")
    void disabled() {
        DeferredCache b = DeferredCache.of(CacheSettings.defaults(Optional.empty()), databaseSessions);
        containerB = b;
        Session session = session();
        databaseSessions.save(session);

        long started = System.nanoTime();
        b.sessionStore().revoke(session.tokenHash());

        assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis()).isLessThan(300);
        assertThat(b.readCache().health().status()).isEqualTo(ComponentHealth.Status.DISABLED);
    }

    private static RedisCache connected(RedisCache cache) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (cache.health().status() != ComponentHealth.Status.HEALTHY && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(cache.health().status()).isEqualTo(ComponentHealth.Status.HEALTHY);
        return cache;
    }

    /** The background thread has begun building the client (and holds the start's lock while it does). */
    private void awaitStarts(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (starts.get() < count && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(starts).hasValue(count);
    }

    private static void awaitUp(DeferredCache cache) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (cache.readCache().health().status() != ComponentHealth.Status.HEALTHY && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(cache.readCache().health().status()).isEqualTo(ComponentHealth.Status.HEALTHY);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
