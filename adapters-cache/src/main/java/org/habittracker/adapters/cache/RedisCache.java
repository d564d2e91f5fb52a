package org.habittracker.adapters.cache;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.SessionStore;

/**
 * The cache adapter as the composition root sees it: one object per process, built once, outside request
 * handling.
 *
 * <pre>{@code
 * RedisCache cache = RedisCache.connect(CacheSettings.defaults(Optional.ofNullable(System.getenv("HABITS_REDIS_URL"))));
 * ReadCache readCache = cache.readCache();
 * SessionStore sessions = cache.sessionStore(databaseSessionStore);
 * }</pre>
 *
 * <p>{@link #connect} returns at once: the Redis client is built and connected in the background, and until it
 * is up every call goes to the database. With no URL it returns a pass-through whose health is
 * {@code DISABLED}. Nothing here ever fails a request because of Redis (ARCHITECTURE.md §4).
 *
 * <p><b>What "no stale read" covers.</b> Within the versioned-hash protocol ({@link VersionedHashes}) a write is
 * visible on the next read in any interleaving, from every process. When Redis cannot be reached, this process
 * queues its invalidations and replays them before it reads from Redis again (it bypasses Redis until the replay
 * succeeds). That was chosen over bumping a global epoch because an epoch lives in Redis too (bumping it fails
 * in the same outage) and every read would have to fetch it from a key in another cluster slot. What no client
 * can promise: another process that can reach Redis while this one cannot may serve the entry this process
 * failed to invalidate until the replay or until the entry expires; {@link CacheSettings#entryTtl()} bounds that.
 */
public final class RedisCache implements AutoCloseable {
    private final Optional<RedisLink> link;
    private final ReadCache readCache;
    private final CacheMetrics metrics;

    private RedisCache(Optional<RedisLink> link, CacheMetrics metrics) {
        this.link = link;
        this.metrics = metrics;
        this.readCache = link.isPresent() ? new LettuceReadCache(link.get()) : new DisabledReadCache();
    }

    /** The cache for these settings; connects in the background and returns at once. */
    public static RedisCache connect(CacheSettings settings) {
        return connect(settings, Optional.empty());
    }

    /**
     * As {@link #connect(CacheSettings)}, trusting the PEM certificates in {@code trustedCertificates} for a
     * {@code rediss://} URL in addition to the JVM's (for a server with a private CA; ElastiCache's certificates
     * are trusted already).
     */
    public static RedisCache connect(CacheSettings settings, Path trustedCertificates) {
        return connect(settings, Optional.of(trustedCertificates));
    }

    private static RedisCache connect(CacheSettings settings, Optional<Path> trustedCertificates) {
        Objects.requireNonNull(settings, "settings");
        CacheMetrics metrics = new CacheMetrics();
        if (!settings.enabled()) {
            return new RedisCache(Optional.empty(), metrics);
        }
        RedisLink link = new RedisLink(settings, trustedCertificates, metrics);
        link.start();
        return new RedisCache(Optional.of(link), metrics);
    }

    public boolean enabled() {
        return link.isPresent();
    }

    /** Today boards, statistics and other read models, in Redis or passed through to the loader. */
    public ReadCache readCache() {
        return readCache;
    }

    /** Session look-ups cached in front of {@code delegate} (the database store); {@code delegate} itself when disabled. */
    public SessionStore sessionStore(SessionStore delegate) {
        Objects.requireNonNull(delegate, "delegate");
        return link.isPresent() ? new LettuceSessionCache(link.get(), delegate) : delegate;
    }

    public CacheMetrics metrics() {
        return metrics;
    }

    /** UP with the PING latency, DOWN with why (no secrets), or DISABLED when no Redis is configured. */
    public ComponentHealth health() {
        return readCache.health();
    }

    /** SnapStart/CRaC: closes the connection and the client's threads before the snapshot. */
    public void prepareForCheckpoint() {
        if (link.isPresent()) {
            link.get().prepareForCheckpoint();
        }
    }

    /** SnapStart/CRaC: reconnects in the background after a restore; calls go to the database until then. */
    public void afterRestore() {
        if (link.isPresent()) {
            link.get().afterRestore();
        }
    }

    @Override
    public void close() {
        if (link.isPresent()) {
            link.get().close();
        }
    }
}
