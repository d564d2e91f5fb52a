package org.habittracker.adapters.cache;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;

/**
 * Decorators that count, for the request on the current thread ({@link RequestCacheCounts}), what the Redis
 * cache answered and what it left to the database. They tell the two apart from the outside: a read model is a
 * hit when the cache never called the loader; a session look-up is a hit when the cache never asked the database
 * store it stands in front of (which {@link #databaseLookups} watches). A Redis failure or outage counts as a
 * miss: the database answered.
 */
final class CountingCaches {

    private CountingCaches() {
    }

    static ReadCache readCache(ReadCache cached) {
        return new ReadCache() {
            @Override
            public <T> T get(ReadModelKey key, Class<T> type, Supplier<T> loader) {
                Optional<RequestCacheCounts> counts = RequestCacheCounts.current();
                if (counts.isEmpty()) {
                    return cached.get(key, type, loader);
                }
                boolean[] loaded = {false};
                T value = cached.get(key, type, () -> {
                    if (!loaded[0]) {
                        loaded[0] = true;
                        counts.get().miss();
                    }
                    return loader.get();
                });
                if (!loaded[0]) {
                    counts.get().hit();
                }
                return value;
            }

            @Override
            public void invalidate(UserId owner) {
                cached.invalidate(owner);
            }

            @Override
            public ComponentHealth health() {
                return cached.health();
            }
        };
    }

    /** The session cache, counting each look-up as a hit or a miss by whether the database store was asked. */
    static SessionStore sessions(SessionStore cached) {
        return new Forwarding(cached) {
            @Override
            public Optional<Session> find(TokenHash tokenHash) {
                Optional<RequestCacheCounts> counts = RequestCacheCounts.current();
                if (counts.isEmpty()) {
                    return cached.find(tokenHash);
                }
                long before = counts.get().databaseLookups();
                Optional<Session> found = cached.find(tokenHash);
                if (counts.get().databaseLookups() == before) {
                    counts.get().hit();
                } else {
                    counts.get().miss();
                }
                return found;
            }
        };
    }

    /** The database store behind the session cache, noting each look-up the cache leaves to it. */
    static SessionStore databaseLookups(SessionStore database) {
        return new Forwarding(database) {
            @Override
            public Optional<Session> find(TokenHash tokenHash) {
                RequestCacheCounts.current().ifPresent(RequestCacheCounts::databaseLookup);
                return database.find(tokenHash);
            }
        };
    }

    /** Passes every call on; the decorators above override {@code find}. */
    private static class Forwarding implements SessionStore {
        private final SessionStore delegate;

        Forwarding(SessionStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public void save(Session session) {
            delegate.save(session);
        }

        @Override
        public Optional<Session> find(TokenHash tokenHash) {
            return delegate.find(tokenHash);
        }

        @Override
        public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
            return delegate.extend(tokenHash, newExpiresAt);
        }

        @Override
        public void revoke(TokenHash tokenHash) {
            delegate.revoke(tokenHash);
        }

        @Override
        public void revokeAll(UserId userId) {
            delegate.revokeAll(userId);
        }
    }
}
