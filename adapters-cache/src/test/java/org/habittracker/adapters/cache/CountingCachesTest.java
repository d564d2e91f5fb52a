package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.testing.InMemoryReadCache;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cache hits and misses are counted for the request on the current thread")
class CountingCachesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final ReadCache reads = CountingCaches.readCache(new InMemoryReadCache());
    private final MapSessionStore database = new MapSessionStore();
    private final SessionStore sessions = CountingCaches.sessions(
            new MapSessionCache(CountingCaches.databaseLookups(database)));

    /** Stands for the database's session store. */
    private static final class MapSessionStore implements SessionStore {
        private final Map<TokenHash, Session> rows = new ConcurrentHashMap<>();

        @Override
        public void save(Session session) {
            rows.put(session.tokenHash(), session);
        }

        @Override
        public Optional<Session> find(TokenHash tokenHash) {
            return Optional.ofNullable(rows.get(tokenHash));
        }

        @Override
        public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
            return rows.computeIfPresent(tokenHash, (k, s) -> s.withExpiresAt(newExpiresAt)) != null;
        }

        @Override
        public void revoke(TokenHash tokenHash) {
            rows.remove(tokenHash);
        }

        @Override
        public void revokeAll(UserId userId) {
            rows.values().removeIf(s -> s.userId().equals(userId));
        }
    }

    /** Stands for the Redis session cache: a map in front of the database store. */
    private static final class MapSessionCache implements SessionStore {
        private final SessionStore database;
        private final Map<TokenHash, Session> cached = new ConcurrentHashMap<>();

        MapSessionCache(SessionStore database) {
            this.database = database;
        }

        @Override
        public void save(Session session) {
            database.save(session);
        }

        @Override
        public Optional<Session> find(TokenHash tokenHash) {
            Session hit = cached.get(tokenHash);
            if (hit != null) {
                return Optional.of(hit);
            }
            Optional<Session> loaded = database.find(tokenHash);
            loaded.ifPresent(session -> cached.put(tokenHash, session));
            return loaded;
        }

        @Override
        public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
            cached.remove(tokenHash);
            return database.extend(tokenHash, newExpiresAt);
        }

        @Override
        public void revoke(TokenHash tokenHash) {
            cached.remove(tokenHash);
            database.revoke(tokenHash);
        }

        @Override
        public void revokeAll(UserId userId) {
            cached.clear();
            database.revokeAll(userId);
        }
    }

    private static UserId user() {
        return new UserId(UUID.randomUUID());
    }

    @Test
    @DisplayName("a read model the cache holds is a hit; one the loader had to make is a miss")
    void readModels() {
        ReadModelKey key = new ReadModelKey(user(), "board:2026-11-22");
        RequestCacheCounts first = new RequestCacheCounts();
        RequestCacheCounts second = new RequestCacheCounts();

        first.during(() -> reads.get(key, String.class, () -> "board"));
        second.during(() -> reads.get(key, String.class, () -> "board"));

        assertThat(List.of(first.hits(), first.misses())).containsExactly(0L, 1L);
        assertThat(List.of(second.hits(), second.misses())).containsExactly(1L, 0L);
    }

    @Test
    @DisplayName("a session the cache holds is a hit; one it had to ask the database for is a miss")
    void sessions() {
        TokenHash token = TokenHash.of("token-" + UUID.randomUUID());
        database.save(new Session(token, user(), NOW, NOW.plusSeconds(3600)));
        RequestCacheCounts first = new RequestCacheCounts();
        RequestCacheCounts second = new RequestCacheCounts();

        first.during(() -> sessions.find(token));
        second.during(() -> sessions.find(token));

        assertThat(List.of(first.hits(), first.misses())).containsExactly(0L, 1L);
        assertThat(List.of(second.hits(), second.misses())).containsExactly(1L, 0L);
    }

    @Test
    @DisplayName("look-ups outside a request count for nobody")
    void outsideRequest() {
        ReadModelKey key = new ReadModelKey(user(), "board:2026-11-22");
        reads.get(key, String.class, () -> "board");
        RequestCacheCounts later = new RequestCacheCounts();

        later.during(() -> reads.get(key, String.class, () -> "board"));

        assertThat(RequestCacheCounts.current()).isEmpty();
        assertThat(List.of(later.hits(), later.misses())).containsExactly(1L, 0L);
    }

    @Test
    @DisplayName("sixteen requests at once, each with its own session and read models, count only their own look-ups")
    void concurrentRequests() throws Exception {
        int threads = 16;
        int lookUps = 200;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RequestCacheCounts>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    UserId owner = user();
                    TokenHash token = TokenHash.of("token-" + UUID.randomUUID());
                    database.save(new Session(token, owner, NOW, NOW.plusSeconds(3600)));
                    RequestCacheCounts counts = new RequestCacheCounts();
                    start.await();
                    return counts.during(() -> {
                        for (int i = 0; i < lookUps; i++) {
                            sessions.find(token);
                            reads.get(new ReadModelKey(owner, "stats:" + (i % 10)), Integer.class, () -> 1);
                        }
                        return counts;
                    });
                }));
            }
            for (Future<RequestCacheCounts> result : results) {
                RequestCacheCounts counts = result.get();
                // one miss for the session and one per distinct read model; everything else from the cache
                assertThat(counts.misses()).isEqualTo(1 + 10);
                assertThat(counts.hits()).isEqualTo(2L * lookUps - 11);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
