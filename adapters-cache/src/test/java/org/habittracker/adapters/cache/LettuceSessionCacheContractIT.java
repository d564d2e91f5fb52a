package org.habittracker.adapters.cache;

import org.habittracker.application.contract.SessionStoreContract;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.InMemoryDatabase;
import org.habittracker.application.testing.InMemorySessionStore;
import org.habittracker.application.testing.InMemoryUserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The application's session-store contract, against the Redis session cache in front of the in-memory store. */
class LettuceSessionCacheContractIT extends SessionStoreContract {
    private static RedisCache redis;

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final UserRepository users = new InMemoryUserRepository(database);
    private SessionStore sessions;

    @BeforeAll
    static void connect() {
        redis = TestRedis.connectedCache();
    }

    @AfterAll
    static void close() {
        redis.close();
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected SessionStore sessions() {
        if (sessions == null) {
            sessions = redis.sessionStore(new InMemorySessionStore(database));
        }
        return sessions;
    }
}
