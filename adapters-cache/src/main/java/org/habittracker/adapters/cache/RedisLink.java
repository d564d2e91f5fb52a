package org.habittracker.adapters.cache;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.habittracker.application.port.out.ComponentHealth;

/**
 * The one connection to Redis, and the rules for when to use it.
 *
 * <ul>
 * <li><b>Never on the caller's clock.</b> The client is built and connected on a background thread, so start-up
 * (and a SnapStart restore) never waits on Redis; until the connection is up, calls go to the database. If the
 * first connect fails, the next call after a jittered back-off starts another attempt, again in the
 * background. Once connected, Lettuce reconnects by itself (jittered back-off, {@link JitteredBackoff}).
 * Nothing of Lettuce or Netty is loaded on the caller's thread.</li>
 * <li><b>Fail fast.</b> Connect timeout and command timeout come from {@link CacheSettings} (100 ms and 250 ms by
 * default, against Lettuce's 10 s and 60 s); while disconnected, commands are rejected at once
 * ({@code REJECT_COMMANDS}) instead of queued; TCP keep-alive finds dead peers ({@link LettuceClients}).</li>
 * <li><b>Do not keep paying for a stuck server.</b> After a command times out the link stays away from Redis for a
 * short cool-off, so that a Redis that accepts connections but does not answer costs one command timeout per
 * cool-off, not one per request.</li>
 * <li><b>Invalidations are not lost.</b> An eviction that cannot reach Redis is queued ({@link PendingEvictions}) and
 * replayed before this process reads from Redis again, so nothing this process wrote can come back stale once
 * Redis returns.</li>
 * </ul>
 */
final class RedisLink implements AutoCloseable {
    /** Back-off between failed first connects (Lettuce's own reconnects are configured in {@link LettuceClients}). */
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);
    private static final Duration COOL_OFF = Duration.ofSeconds(1);
    private static final int PENDING_LIMIT = 10_000;

    private final CacheSettings settings;
    private final Optional<Path> trustedCertificates;
    private final CacheMetrics metrics;
    private final FailureLog log;
    private final PendingEvictions pending = new PendingEvictions(PENDING_LIMIT);
    private final JitteredBackoff retries = new JitteredBackoff(FIRST_RETRY, LAST_RETRY);

    private final Object lock = new Object();
    // Guarded by lock.
    private ClientResources resources;
    private RedisClient client;
    private CompletableFuture<Void> attempt;
    private int failedAttempts;
    private long generation;
    private String lastConnectFailure = "not connected yet";

    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile long nextAttemptAtNanos = System.nanoTime();
    private volatile long coolOffUntilNanos = System.nanoTime();
    private volatile long distrustUntilNanos = System.nanoTime();
    private volatile long distrustLeftNanos;
    private volatile boolean suspended;
    private volatile boolean closed;

    RedisLink(CacheSettings settings, Optional<Path> trustedCertificates, CacheMetrics metrics) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("redisUrl: a Redis link needs a URL");
        }
        this.settings = settings;
        this.trustedCertificates = trustedCertificates;
        this.metrics = metrics;
        this.log = new FailureLog(settings.password(), Duration.ofSeconds(30));
        metrics.reportPendingEvictionsFrom(pending);
    }

    CacheSettings settings() {
        return settings;
    }

    CacheMetrics metrics() {
        return metrics;
    }

    FailureLog log() {
        return log;
    }

    /** Starts connecting in the background; returns at once. */
    void start() {
        requestConnect();
    }

    /**
     * Redis, if a read may use it now: connected, not cooling off, not distrusted, and with every queued
     * eviction replayed. Empty means "go to the database"; the caller counts it as a fall-through.
     */
    Optional<RedisCommands<String, byte[]>> forReads() {
        Optional<RedisCommands<String, byte[]>> redis = connected();
        if (redis.isEmpty() || System.nanoTime() - distrustUntilNanos < 0) {
            return Optional.empty();
        }
        if (!pending.isEmpty() && !replayPending(redis.get())) {
            return Optional.empty();
        }
        return redis;
    }

    /** Makes Redis forget something now, or as soon as it can be reached again. Never throws. */
    void evict(Eviction eviction) {
        Optional<RedisCommands<String, byte[]>> redis = connected();
        if (redis.isEmpty()) {
            pending.add(eviction);
            return;
        }
        long started = System.nanoTime();
        try {
            eviction.run(redis.get());
        } catch (RuntimeException e) {
            pending.add(eviction);
            failed("an invalidation failed and is queued until Redis answers", e, started);
            return;
        }
        // Redis answers again: replay what the outage held back now, so that other processes stop seeing it too.
        if (!pending.isEmpty()) {
            replayPending(redis.get());
        }
    }

    /** Records a failed Redis command: counted, logged (rate-limited), and a timeout starts a cool-off. */
    void failed(String what, RuntimeException failure, long startedNanos) {
        long now = System.nanoTime();
        metrics.failure(now - startedNanos);
        if (failure instanceof RedisCommandTimeoutException) {
            coolOffUntilNanos = now + COOL_OFF.toNanos();
        }
        log.warn(what, failure);
    }

    ComponentHealth health() {
        if (closed) {
            return ComponentHealth.unhealthy("closed", 0);
        }
        if (suspended) {
            return ComponentHealth.unhealthy("disconnected for a checkpoint", 0);
        }
        StatefulRedisConnection<String, byte[]> current = connection;
        if (current == null) {
            awaitConnectAttempt(requestConnect());
            current = connection;
        }
        if (current == null) {
            String reason;
            synchronized (lock) {
                reason = lastConnectFailure;
            }
            return ComponentHealth.unhealthy("not connected to " + settings.safeUrl() + ": " + reason, 0);
        }
        if (!current.isOpen()) {
            return ComponentHealth.unhealthy("disconnected from " + settings.safeUrl() + "; reconnecting", 0);
        }
        long started = System.nanoTime();
        try {
            current.sync().ping();
            long latencyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (!pending.isEmpty()) {
                replayPending(current.sync()); // health checks run even when no read comes
            }
            return ComponentHealth.healthy(latencyMillis);
        } catch (RuntimeException e) {
            return ComponentHealth.unhealthy(log.describe(e), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /**
     * Closes the connection and the client's threads, and stays disconnected (calls go to the database) until
     * {@link #afterRestore}, so that nothing reopens a socket between the checkpoint and the snapshot.
     */
    void prepareForCheckpoint() {
        suspended = true;
        disconnect();
        distrustLeftNanos = Math.max(0, distrustUntilNanos - System.nanoTime());
    }

    /**
     * After a restore: every deadline is re-based ({@code System.nanoTime} counts from another origin on the
     * restoring machine) and reconnecting starts at once, in the background.
     */
    void afterRestore() {
        long now = System.nanoTime();
        nextAttemptAtNanos = now;
        coolOffUntilNanos = now;
        distrustUntilNanos = now + distrustLeftNanos;
        log.restartClock();
        suspended = false;
        requestConnect();
    }

    @Override
    public void close() {
        closed = true;
        disconnect();
    }

    private Optional<RedisCommands<String, byte[]>> connected() {
        if (closed) {
            return Optional.empty();
        }
        StatefulRedisConnection<String, byte[]> current = connection;
        if (current == null) {
            requestConnect();
            return Optional.empty();
        }
        if (!current.isOpen() || System.nanoTime() - coolOffUntilNanos < 0) {
            return Optional.empty();
        }
        return Optional.of(current.sync());
    }

    private boolean replayPending(RedisCommands<String, byte[]> redis) {
        long started = System.nanoTime();
        try {
            if (pending.drain(eviction -> eviction.run(redis)) == PendingEvictions.Drained.ALL_AFTER_OVERFLOW) {
                // Some owners' invalidations were dropped: trust nothing cached before now for one TTL.
                distrustUntilNanos = System.nanoTime() + settings.entryTtl().toNanos();
                log.info("more invalidations queued up during the outage than are kept; reads bypass the cache for "
                        + settings.entryTtl());
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            failed("replaying queued invalidations failed; reads go to the database until it succeeds", e, started);
            return false;
        }
    }

    /** Starts a background connect if none is running and the back-off allows; returns the attempt, if any. */
    private Optional<CompletableFuture<Void>> requestConnect() {
        synchronized (lock) {
            if (closed || suspended || connection != null) {
                return Optional.empty();
            }
            if (attempt != null && !attempt.isDone()) {
                return Optional.of(attempt);
            }
            if (System.nanoTime() - nextAttemptAtNanos < 0) {
                return Optional.empty();
            }
            CompletableFuture<Void> started = new CompletableFuture<>();
            attempt = started;
            long attemptGeneration = generation;
            Thread connector = new Thread(new Runnable() {
                @Override
                public void run() {
                    connect(attemptGeneration, started);
                }
            }, "habits-redis-connect");
            connector.setDaemon(true);
            connector.start();
            return Optional.of(started);
        }
    }

    private void connect(long attemptGeneration, CompletableFuture<Void> done) {
        StatefulRedisConnection<String, byte[]> opened = null;
        try {
            RedisClient redisClient = client(attemptGeneration);
            opened = redisClient.connect(LettuceClients.CODEC, LettuceClients.uri(settings));
            opened.setTimeout(settings.commandTimeout());
            warmUp(opened.sync());
            synchronized (lock) {
                if (!closed && attemptGeneration == generation) {
                    connection = opened;
                    opened = null;
                    failedAttempts = 0;
                    lastConnectFailure = "connected";
                }
            }
        } catch (RuntimeException e) {
            if (closed || suspended) {
                return; // closed or checkpointed while connecting: nothing to report
            }
            long delay;
            synchronized (lock) {
                failedAttempts++;
                delay = retries.delay(failedAttempts - 1L).toNanos();
                lastConnectFailure = log.describe(e);
            }
            nextAttemptAtNanos = System.nanoTime() + delay;
            log.warn("cannot connect to " + settings.safeUrl(), e);
        } finally {
            if (opened != null) {
                opened.closeAsync();
            }
            done.complete(null);
        }
    }

    /**
     * Off the request path: the scripts loaded into Redis (else the first requests send them whole) and the
     * JSON mapper built. Neither is needed for correctness, so a failure here does not fail the connect.
     */
    private void warmUp(RedisCommands<String, byte[]> redis) {
        try {
            VersionedHashes.preload(redis);
            ReadModelJson.warmUp();
        } catch (RuntimeException e) {
            log.warn("warming up the cache failed", e);
        }
    }

    /**
     * The client, built on first use on the connect thread. Building it (Netty event loops, class loading) takes
     * a good part of a second in a cold JVM, so it happens outside the lock: callers asking whether Redis is
     * usable never wait for it.
     */
    private RedisClient client(long attemptGeneration) {
        synchronized (lock) {
            if (closed || attemptGeneration != generation) {
                throw new IllegalStateException("the cache was closed while connecting");
            }
            if (client != null) {
                return client;
            }
        }
        ClientResources newResources = LettuceClients.resources();
        RedisClient newClient = RedisClient.create(newResources);
        newClient.setOptions(LettuceClients.options(settings, trustedCertificates));
        synchronized (lock) {
            if (!closed && attemptGeneration == generation && client == null) {
                resources = newResources;
                client = newClient;
                return newClient;
            }
        }
        newClient.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        newResources.shutdown(0, 1, TimeUnit.SECONDS);
        throw new IllegalStateException("the cache was closed while connecting");
    }

    private void awaitConnectAttempt(Optional<CompletableFuture<Void>> inFlight) {
        // Health waits a little for a connect in flight (start-up), never for a whole slow handshake.
        Duration patience = settings.connectTimeout().plus(settings.commandTimeout());
        inFlight.ifPresent(future -> {
            try {
                future.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // Still connecting: health reports it as not connected.
            }
        });
    }

    private void disconnect() {
        StatefulRedisConnection<String, byte[]> oldConnection;
        RedisClient oldClient;
        ClientResources oldResources;
        synchronized (lock) {
            generation++;
            oldConnection = connection;
            oldClient = client;
            oldResources = resources;
            connection = null;
            client = null;
            resources = null;
            attempt = null;
            lastConnectFailure = closed ? "closed" : "disconnected for a checkpoint";
        }
        try {
            if (oldConnection != null) {
                oldConnection.close();
            }
            if (oldClient != null) {
                oldClient.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            }
            if (oldResources != null) {
                oldResources.shutdown(0, 1, TimeUnit.SECONDS).get(2, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("closing the Redis client failed", e);
        }
    }
}
