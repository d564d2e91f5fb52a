package org.habittracker.adapters.cache;

import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;

/**
 * Session look-ups cached in Redis in front of the database's {@link SessionStore}.
 *
 * <p>Writes go to the database first and then evict the cached copy (never the other way round, so a
 * failure in between leaves Redis with less, not with more). Each session is a versioned hash
 * ({@link VersionedHashes}), so a look-up racing with a revoke or an extend cannot store the session back.
 * Sessions that do not exist are not cached: a session saved a moment later is found at once.
 *
 * <p>{@link #revokeAll} must also reach the look-ups in flight for sessions it cannot name (the cache knows a
 * session's user only after loading it). So a miss goes: version → database (learn the user) → add the token
 * hash to the user's index → database again → store if the version is unchanged. A revokeAll deletes from the
 * database, then evicts every session in the index. Either it read the index after our add, and evicts our
 * session (which deletes the version, so our store fails or is undone); or it read the index before, so its
 * database delete came before our second read, which then finds nothing to store. A miss costs two database
 * reads; misses are once per session per {@link #SESSION_TTL}.
 */
final class LettuceSessionCache implements SessionStore {
    /** Short: revocation is explicit, the TTL only bounds memory and what a network partition could hide. */
    static final Duration SESSION_TTL = Duration.ofMinutes(5);
    /** The index outlives every session entry it names (it is refreshed after the entry's version is made). */
    private static final Duration INDEX_MARGIN = Duration.ofMinutes(1);

    private final RedisLink link;
    private final SessionStore database;
    private final Duration ttl;

    LettuceSessionCache(RedisLink link, SessionStore database) {
        this.link = link;
        this.database = Objects.requireNonNull(database, "delegate");
        Duration entryTtl = link.settings().entryTtl();
        this.ttl = entryTtl.compareTo(SESSION_TTL) < 0 ? entryTtl : SESSION_TTL;
    }

    @Override
    public void save(Session session) {
        database.save(session);
        link.evict(new Eviction.Key(CacheKeys.session(session.tokenHash())));
    }

    @Override
    public Optional<Session> find(TokenHash tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        CacheMetrics metrics = link.metrics();
        Optional<RedisCommands<String, byte[]>> usable = link.forReads();
        if (usable.isEmpty()) {
            metrics.fallThrough();
            return database.find(tokenHash);
        }
        RedisCommands<String, byte[]> redis = usable.get();
        String key = CacheKeys.session(tokenHash);

        VersionedHashes.Read read;
        long started = System.nanoTime();
        try {
            read = VersionedHashes.read(redis, key, CacheKeys.SESSION_FIELD, ttl);
        } catch (RuntimeException e) {
            link.failed("reading a session failed", e, started);
            metrics.fallThrough();
            return database.find(tokenHash);
        }
        if (read.value().isPresent()) {
            Optional<Session> cached = decode(read.value().get()).filter(s -> s.tokenHash().equals(tokenHash));
            if (cached.isPresent()) {
                metrics.sessionHit();
                return cached;
            }
        }
        metrics.sessionMiss();
        Optional<Session> first = database.find(tokenHash);
        if (first.isEmpty()) {
            return first;
        }
        UserId user = first.get().userId();
        started = System.nanoTime();
        try {
            VersionedHashes.addToIndex(redis, CacheKeys.userSessions(user),
                    tokenHash.hex().getBytes(StandardCharsets.US_ASCII), ttl.plus(INDEX_MARGIN));
        } catch (RuntimeException e) {
            link.failed("indexing a session failed; not cached", e, started);
            return first;
        }
        Optional<Session> confirmed = database.find(tokenHash);
        confirmed.filter(session -> session.userId().equals(user))
                .ifPresent(session -> store(redis, key, read.version(), session));
        return confirmed;
    }

    @Override
    public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
        boolean extended = database.extend(tokenHash, newExpiresAt);
        link.evict(new Eviction.Key(CacheKeys.session(tokenHash)));
        return extended;
    }

    @Override
    public void revoke(TokenHash tokenHash) {
        database.revoke(tokenHash);
        link.evict(new Eviction.Key(CacheKeys.session(tokenHash)));
    }

    @Override
    public void revokeAll(UserId userId) {
        database.revokeAll(userId);
        link.evict(new Eviction.UserSessions(userId));
    }

    private Optional<Session> decode(byte[] json) {
        try {
            return Optional.of(ReadModelJson.read(json, Session.class));
        } catch (Exception e) {
            link.log().warn("a cached session did not read back; asked the database", e);
            return Optional.empty();
        }
    }

    private void store(RedisCommands<String, byte[]> redis, String key, byte[] version, Session session) {
        long started = System.nanoTime();
        try {
            if (!VersionedHashes.storeIfCurrent(redis, key, version, CacheKeys.SESSION_FIELD,
                    ReadModelJson.write(session))) {
                link.metrics().staleStoreRejected();
            }
        } catch (RuntimeException e) {
            link.failed("storing a session failed", e, started);
        } catch (Exception e) {
            link.log().warn("a session cannot be written as JSON; not cached", e);
        }
    }
}
