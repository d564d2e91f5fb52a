package org.habittracker.application.testing;

import java.time.Instant;
import java.util.Optional;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;

/** Sessions in memory, by token hash; deleting the user deletes them. */
public final class InMemorySessionStore implements SessionStore {
    private final InMemoryDatabase db;

    public InMemorySessionStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void save(Session session) {
        db.execute(t -> {
            t.requireUser(session.userId());
            t.sessions.put(session.tokenHash(), session);
        });
    }

    @Override
    public Optional<Session> find(TokenHash tokenHash) {
        return db.query(t -> Optional.ofNullable(t.sessions.get(tokenHash)));
    }

    @Override
    public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
        return db.query(t -> t.sessions.computeIfPresent(tokenHash, (k, s) -> s.withExpiresAt(newExpiresAt)) != null);
    }

    @Override
    public void revoke(TokenHash tokenHash) {
        db.execute(t -> t.sessions.remove(tokenHash));
    }

    @Override
    public void revokeAll(UserId userId) {
        db.execute(t -> t.sessions.values().removeIf(s -> s.userId().equals(userId)));
    }
}
