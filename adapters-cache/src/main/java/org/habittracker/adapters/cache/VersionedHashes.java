package org.habittracker.adapters.cache;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The protocol that keeps a cache entry from outliving the write that invalidated it.
 *
 * <p>Entries live in a Redis hash per owner (or per session) beside a version field. The version is a random
 * token, set when a reader finds none, together with the hash's TTL:
 * <ol>
 * <li>A reader gets the version and the entry in one script ({@link #read}). A hit is served as is: an entry
 * exists only while the version it was stored under is current, because …</li>
 * <li>… invalidation deletes the whole hash, version and entries ({@code DEL}, one command).</li>
 * <li>On a miss the reader loads from the database, then stores the value only if the hash still holds the
 * version it read before loading ({@link #storeIfCurrent}, one script, so check and write are atomic).</li>
 * </ol>
 * The race that matters: reader misses and reads version X → loader reads the old rows → writer commits → writer
 * invalidates (hash deleted) → reader stores. The store finds no version or a new random one, never X, and is
 * rejected. The token is random rather than a counter so that nothing makes X current again: not a counter
 * restarting after the hash expired or was evicted under memory pressure, not another process's version.
 *
 * <p>The TTL is set once, when the version is created, and never extended: every entry dies at most one TTL
 * after its version was created, which bounds memory and any staleness Redis cannot see (below).
 */
final class VersionedHashes {

    private static final LuaScript READ = new LuaScript("""
            local version = redis.call('HGET', KEYS[1], ARGV[1])
            if not version then
              version = ARGV[3]
              redis.call('HSET', KEYS[1], ARGV[1], version)
              redis.call('PEXPIRE', KEYS[1], ARGV[4])
            end
            return {version, redis.call('HGET', KEYS[1], ARGV[2])}
            """);

    private static final LuaScript STORE_IF_CURRENT = new LuaScript("""
            if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
              redis.call('HSET', KEYS[1], ARGV[3], ARGV[4])
              return 1
            end
            return 0
            """);

    private static final LuaScript ADD_TO_INDEX = new LuaScript("""
            redis.call('SADD', KEYS[1], ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """);

    /** What a reader found: the version to store under, and the entry if there was one. */
    record Read(byte[] version, Optional<byte[]> value) {
    }

    private VersionedHashes() {
    }

    /** Loads the scripts so that the first requests do not pay for sending them. */
    static void preload(RedisCommands<String, byte[]> redis) {
        READ.load(redis);
        STORE_IF_CURRENT.load(redis);
        ADD_TO_INDEX.load(redis);
    }

    static Read read(RedisCommands<String, byte[]> redis, String key, byte[] field, Duration ttl) {
        List<Object> reply = READ.run(redis, ScriptOutputType.MULTI, key, CacheKeys.VERSION_FIELD, field,
                freshVersion(), millis(ttl));
        return new Read((byte[]) reply.get(0), Optional.ofNullable((byte[]) reply.get(1)));
    }

    /** Stores the value if {@code version} is still current; false when a write invalidated it meanwhile. */
    static boolean storeIfCurrent(RedisCommands<String, byte[]> redis, String key, byte[] version, byte[] field,
            byte[] value) {
        Long stored = STORE_IF_CURRENT.run(redis, ScriptOutputType.INTEGER, key, CacheKeys.VERSION_FIELD, version,
                field, value);
        return stored != null && stored == 1L;
    }

    /** Adds a member to a set and (re)sets the set's TTL, atomically, so no set is left without one. */
    static void addToIndex(RedisCommands<String, byte[]> redis, String key, byte[] member, Duration ttl) {
        ADD_TO_INDEX.run(redis, ScriptOutputType.INTEGER, key, member, millis(ttl));
    }

    /** 128 random bits (from {@code SecureRandom}, so clones of one SnapStart snapshot still differ). */
    private static byte[] freshVersion() {
        UUID random = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(random.getMostSignificantBits())
                .putLong(random.getLeastSignificantBits()).array();
    }

    private static byte[] millis(Duration ttl) {
        return Long.toString(ttl.toMillis()).getBytes(StandardCharsets.US_ASCII);
    }
}
