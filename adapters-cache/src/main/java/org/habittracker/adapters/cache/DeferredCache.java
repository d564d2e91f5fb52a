package org.habittracker.adapters.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;

/**
 * The Redis cache, started only after this container's first answer ({@link #start}), so that building the
 * Lettuce client (Netty, a few hundred classes: a large part of a cold start on two cores) never competes
 * with the first request. Until then every read goes to the database, and nothing is written to Redis.
 *
 * <p><b>No invalidation or revocation is lost.</b> The cache adapter keeps an eviction it cannot deliver in a
 * queue and replays it before it next reads from Redis; another container, though, could serve the entry from
 * Redis until then. So:
 * <ul>
 * <li>A write that must reach other containers (a read-model invalidation after a write; a session revoked,
 * or all of a user's) starts the cache if it is not started, and the first such write after the start waits
 * for Redis's first answer (at most {@link #FIRST_CONNECTION_WAIT}), which delivers every queued eviction
 * before the write is answered. If Redis does not answer in time, the evictions stay queued, as in any outage
 * ({@code RedisLink}), and no later write waits.</li>
 * <li>A new session (its token is new: nobody can have cached it) and a slid expiry (another container's copy
 * only ends sooner) are remembered and handed to the cache when it starts; they do not wait.</li>
 * <li>A read before the start goes to the database and stores nothing.</li>
 * </ul>
 * So a cold start whose first request reads pays nothing for Redis; one whose first request writes pays the
 * connect once (what a connect started at init would have cost it anyway, minus the head start), and no
 * container ever serves an entry a finished write here invalidated. Before this, with the connect started at
 * init, a write that came before the connect finished was queued, and the replay waited for this container's
 * next use of Redis: in Lambda, its next invocation.
 */
public final class DeferredCache implements AutoCloseable {

    /** The sessions' database store stands behind the cache; replays need only the eviction half. */
    private static final SessionStore NO_DATABASE = new SessionStore() {
        @Override
        public void save(Session session) {
        }

        @Override
        public Optional<Session> find(TokenHash tokenHash) {
            return Optional.empty();
        }

        @Override
        public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
            return false;
        }

        @Override
        public void revoke(TokenHash tokenHash) {
        }

        @Override
        public void revokeAll(UserId userId) {
        }
    };

    /** The started cache, its read cache and its session stores. */
    private record Started(RedisCache cache, ReadCache reads, SessionStore sessions, SessionStore evictions) {
    }

    /** Building the Lettuce client in a cold JVM, the TCP connect and a first command, with room to spare. */
    static final Duration FIRST_CONNECTION_WAIT = Duration.ofMillis(1500);
    private static final Duration POLL = Duration.ofMillis(20);

    private final Supplier<RedisCache> connect;
    private final SessionStore database;
    private final Object lock = new Object();
    private volatile Started started;
    /**
     * Whether a write has waited for Redis's first answer since the start (or the last restore), whatever came
     * of it: only once, so that a Redis that is down costs one write one wait, not every write.
     */
    private volatile boolean awaited;
    /** The thread {@link #startInBackground} started, if it did. */
    private volatile Thread starter;
    // Guarded by lock: sessions whose cached copies a write before the start would have evicted.
    private final Set<TokenHash> sessions = new LinkedHashSet<>();
    private boolean closed;

    DeferredCache(Supplier<RedisCache> connect, SessionStore database) {
        this.connect = Objects.requireNonNull(connect, "connect");
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Deferred until {@link #start} when Redis is configured; a disabled (pass-through) cache costs nothing now. */
    public static DeferredCache of(CacheSettings settings, SessionStore database) {
        DeferredCache cache = new DeferredCache(() -> RedisCache.connect(settings), database);
        if (!settings.enabled()) {
            cache.start();
        }
        return cache;
    }

    /** Starts the cache (connecting in the background) with every eviction remembered so far; once only. */
    public void start() {
        startedNow();
    }

    /**
     * As {@link #start}, on a daemon thread of its own, so that the caller returns at once: the handler calls this
     * after an answer, and in Lambda the answer leaves only when the handler returns (a container frozen meanwhile
     * finishes the start during its next invocation). Nothing it promises changes: a write that must reach other
     * containers meanwhile waits for the start in flight (the lock) and then for Redis's first answer, as it would
     * start the cache itself; a checkpoint waits for it ({@link #prepareForCheckpoint}). Once only; cheap afterwards.
     */
    public void startInBackground() {
        if (started != null || starter != null) {
            return;
        }
        synchronized (lock) {
            if (started != null || starter != null || closed) {
                return;
            }
            Thread thread = new Thread(this::start, "redis-start");
            thread.setDaemon(true); // never keeps a JVM alive that is otherwise done
            starter = thread;
            thread.start();
        }
    }

    /** The started cache, starting it now if need be; empty only once closed. */
    private Optional<Started> startedNow() {
        Started now = started;
        if (now != null) {
            return Optional.of(now);
        }
        synchronized (lock) {
            if (started != null || closed) {
                return Optional.ofNullable(started);
            }
            RedisCache cache = connect.get();
            // Only a Redis cache has hits and misses to count; a pass-through (no Redis configured) has none.
            now = cache.enabled()
                    ? new Started(cache, CountingCaches.readCache(cache.readCache()),
                            CountingCaches.sessions(cache.sessionStore(CountingCaches.databaseLookups(database))),
                            cache.sessionStore(NO_DATABASE))
                    : new Started(cache, cache.readCache(), cache.sessionStore(database), cache.sessionStore(NO_DATABASE));
            for (TokenHash session : sessions) {
                now.evictions().revoke(session); // queued until Redis answers, then replayed
            }
            sessions.clear();
            started = now;
            return Optional.of(now);
        }
    }

    /**
     * Once after the start, waits (bounded) for Redis's first answer, which replays every queued eviction: a
     * write is then not answered before other containers can no longer serve what it changed. Later outages
     * are the adapter's business (it queues and replays); nothing waits for them here.
     */
    private void awaitFirstAnswer(Started now) {
        if (awaited) {
            return;
        }
        long deadline = System.nanoTime() + FIRST_CONNECTION_WAIT.toNanos();
        try {
            while (now.cache().health().status() == ComponentHealth.Status.UNHEALTHY // waits for a connect in flight
                    && System.nanoTime() - deadline < 0) {
                Thread.sleep(POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            awaited = true;
        }
    }

    public boolean isStarted() {
        return started != null;
    }

    public ReadCache readCache() {
        return readCache;
    }

    public SessionStore sessionStore() {
        return sessionStore;
    }

    /** Totals of the started cache; none before. */
    public Optional<CacheMetrics> metrics() {
        Started now = started;
        return now == null ? Optional.empty() : Optional.of(now.cache().metrics());
    }

    /** No socket in the snapshot: a start in flight finishes first, so that its connection is closed too. */
    public void prepareForCheckpoint() {
        awaited = false;
        awaitBackgroundStart();
        Started now = started;
        if (now != null) {
            now.cache().prepareForCheckpoint();
        }
    }

    private void awaitBackgroundStart() {
        Thread thread = starter;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a restore Redis reconnects from scratch: writes wait for its first answer again. */
    public void afterRestore() {
        awaited = false;
        Started now = started;
        if (now != null) {
            now.cache().afterRestore();
        }
    }

    @Override
    public void close() {
        Started now;
        synchronized (lock) {
            closed = true;
            now = started;
        }
        if (now != null) {
            now.cache().close();
        }
    }

    private final ReadCache readCache = new ReadCache() {
        @Override
        public <T> T get(ReadModelKey key, Class<T> type, Supplier<T> loader) {
            Started now = started;
            return now == null ? loader.get() : now.reads().get(key, type, loader);
        }

        /** After a committed write: must reach every container, so it starts the cache and waits for Redis once. */
        @Override
        public void invalidate(UserId owner) {
            Optional<Started> now = startedNow();
            if (now.isPresent()) {
                now.get().reads().invalidate(owner);
                awaitFirstAnswer(now.get());
            }
        }

        @Override
        public ComponentHealth health() {
            Started now = started;
            return now == null ? ComponentHealth.unhealthy("not connected yet: connects after the first answer", 0)
                    : now.cache().health();
        }
    };

    private final SessionStore sessionStore = new SessionStore() {
        /** A new token: no container can have it cached, so nothing needs delivering now. */
        @Override
        public void save(Session session) {
            Started now = started;
            if (now != null) {
                now.sessions().save(session);
                return;
            }
            database.save(session);
            evictWhenStarted(session.tokenHash());
        }

        @Override
        public Optional<Session> find(TokenHash tokenHash) {
            Started now = started;
            return now == null ? database.find(tokenHash) : now.sessions().find(tokenHash);
        }

        /** A later expiry: another container's copy only ends sooner, so it is evicted when the cache starts. */
        @Override
        public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
            Started now = started;
            if (now != null) {
                return now.sessions().extend(tokenHash, newExpiresAt);
            }
            boolean extended = database.extend(tokenHash, newExpiresAt);
            evictWhenStarted(tokenHash);
            return extended;
        }

        /** A revocation must reach every container at once: starts the cache and waits for Redis once. */
        @Override
        public void revoke(TokenHash tokenHash) {
            Optional<Started> now = startedNow();
            if (now.isEmpty()) {
                database.revoke(tokenHash);
                return;
            }
            now.get().sessions().revoke(tokenHash);
            awaitFirstAnswer(now.get());
        }

        @Override
        public void revokeAll(UserId userId) {
            Optional<Started> now = startedNow();
            if (now.isEmpty()) {
                database.revokeAll(userId);
                return;
            }
            now.get().sessions().revokeAll(userId);
            awaitFirstAnswer(now.get());
        }
    };

    /** After a database write made before the start: remember the eviction, or do it if the start came meanwhile. */
    private void evictWhenStarted(TokenHash tokenHash) {
        Started meanwhile;
        synchronized (lock) {
            meanwhile = started;
            if (meanwhile == null) {
                sessions.add(tokenHash);
                return;
            }
        }
        meanwhile.evictions().revoke(tokenHash);
    }
}
