package org.habittracker.adapters.cache;

import org.habittracker.application.contract.ReadCacheContract;
import org.habittracker.application.port.out.ReadCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The application's read-cache contract, against the Lettuce cache on a real Redis. */
class LettuceReadCacheContractIT extends ReadCacheContract {
    private static RedisCache redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.connectedCache();
    }

    @AfterAll
    static void close() {
        redis.close();
    }

    @Override
    protected ReadCache cache() {
        return redis.readCache();
    }
}
