package org.habittracker.adapters.cache;

import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.habittracker.domain.user.UserId;

/** Something Redis must forget because the database changed. Idempotent, so it can be retried at will. */
sealed interface Eviction {

    void run(RedisCommands<String, byte[]> redis);

    /** Deletes one versioned hash: its entries and, with them, the version any in-flight load would store under. */
    record Key(String key) implements Eviction {
        @Override
        public void run(RedisCommands<String, byte[]> redis) {
            redis.del(key);
        }
    }

    /**
     * Deletes every cached session of a user, found through the user's index of token hashes. Members are
     * removed from the index only after their sessions are gone, so a failure half-way loses nothing.
     */
    record UserSessions(UserId user) implements Eviction {
        @Override
        public void run(RedisCommands<String, byte[]> redis) {
            String index = CacheKeys.userSessions(user);
            Set<byte[]> members = redis.smembers(index);
            if (members.isEmpty()) {
                return;
            }
            for (byte[] member : members) {
                redis.del(CacheKeys.session(new String(member, StandardCharsets.US_ASCII)));
            }
            redis.srem(index, members.toArray(byte[][]::new));
        }
    }
}
