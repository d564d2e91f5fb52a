package org.habittracker.adapters.cache;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.domain.user.UserId;

/**
 * Read models in Redis: one versioned hash per owner ({@link VersionedHashes}), one field per read model name,
 * values as JSON ({@link ReadModelJson}).
 *
 * <p>Never fails a call: when Redis is not usable or a command fails, the loader answers. Only the loader's own
 * exceptions reach the caller. {@link #invalidate} never throws either: what cannot reach Redis is queued and
 * replayed before this process reads from Redis again ({@link RedisLink}).
 */
final class LettuceReadCache implements ReadCache {
    private final RedisLink link;

    LettuceReadCache(RedisLink link) {
        this.link = link;
    }

    @Override
    public <T> T get(ReadModelKey key, Class<T> type, Supplier<T> loader) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(loader, "loader");
        CacheMetrics metrics = link.metrics();
        Optional<RedisCommands<String, byte[]>> usable = link.forReads();
        if (usable.isEmpty()) {
            metrics.fallThrough();
            return loader.get();
        }
        RedisCommands<String, byte[]> redis = usable.get();
        String hash = CacheKeys.readModels(key.owner());
        byte[] field = CacheKeys.readModelField(key.name());

        VersionedHashes.Read read;
        long started = System.nanoTime();
        try {
            read = VersionedHashes.read(redis, hash, field, link.settings().entryTtl());
        } catch (RuntimeException e) {
            link.failed("reading a read model failed", e, started);
            metrics.fallThrough();
            return loader.get();
        }
        if (read.value().isPresent()) {
            Optional<T> cached = decode(read.value().get(), type);
            if (cached.isPresent()) {
                metrics.readModelHit();
                return cached.get();
            }
        }
        metrics.readModelMiss();
        T loaded = loader.get();
        if (loaded != null) {
            store(redis, hash, read.version(), field, loaded);
        }
        return loaded;
    }

    @Override
    public void invalidate(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        link.evict(new Eviction.Key(CacheKeys.readModels(owner)));
    }

    @Override
    public ComponentHealth health() {
        return link.health();
    }

    /** The cached value, or empty when it no longer reads as {@code type} (written by another version of the code). */
    private <T> Optional<T> decode(byte[] json, Class<T> type) {
        try {
            return Optional.of(ReadModelJson.read(json, type));
        } catch (Exception e) {
            link.log().warn("a cached " + type.getSimpleName() + " did not read back; reloaded it", e);
            return Optional.empty();
        }
    }

    private void store(RedisCommands<String, byte[]> redis, String hash, byte[] version, byte[] field, Object value) {
        byte[] json;
        try {
            json = ReadModelJson.write(value);
        } catch (Exception e) {
            link.log().warn("a " + value.getClass().getSimpleName() + " cannot be written as JSON; not cached", e);
            return;
        }
        long started = System.nanoTime();
        try {
            if (!VersionedHashes.storeIfCurrent(redis, hash, version, field, json)) {
                link.metrics().staleStoreRejected();
            }
        } catch (RuntimeException e) {
            link.failed("storing a read model failed", e, started);
        }
    }
}
