package org.habittracker.adapters.cache;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;

/**
 * The in-memory database store, with its look-ups counted, and a hook the test can run right after one
 * look-up has read the database: to make a write land exactly between the cache's steps.
 */
final class ObservedSessionStore implements SessionStore {
    private final SessionStore database;
    private final AtomicInteger finds = new AtomicInteger();
    private final AtomicReference<AfterFind> afterFind = new AtomicReference<>();

    private record AfterFind(int findNumber, Runnable action) {
    }

    ObservedSessionStore(SessionStore database) {
        this.database = database;
    }

    int finds() {
        return finds.get();
    }

    /** Runs {@code action} once, after the {@code findNumber}-th look-up from now has read the database. */
    void afterFind(int findNumber, Runnable action) {
        afterFind.set(new AfterFind(finds.get() + findNumber, action));
    }

    @Override
    public Optional<Session> find(TokenHash tokenHash) {
        Optional<Session> found = database.find(tokenHash);
        int number = finds.incrementAndGet();
        AfterFind hook = afterFind.get();
        if (hook != null && hook.findNumber() == number && afterFind.compareAndSet(hook, null)) {
            hook.action().run();
        }
        return found;
    }

    @Override
    public void save(Session session) {
        database.save(session);
    }

    @Override
    public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
        return database.extend(tokenHash, newExpiresAt);
    }

    @Override
    public void revoke(TokenHash tokenHash) {
        database.revoke(tokenHash);
    }

    @Override
    public void revokeAll(UserId userId) {
        database.revokeAll(userId);
    }
}
