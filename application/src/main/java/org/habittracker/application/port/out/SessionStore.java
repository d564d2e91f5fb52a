package org.habittracker.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.habittracker.domain.user.UserId;

/** Sessions by token hash. A cache may stand in front of the database store; both honour revocation at once. */
public interface SessionStore {

    void save(Session session);

    /** The session, expired or not: the caller decides what expiry means. */
    Optional<Session> find(TokenHash tokenHash);

    /** Moves the expiry (sliding sessions); false when the session is gone. */
    boolean extend(TokenHash tokenHash, Instant newExpiresAt);

    void revoke(TokenHash tokenHash);

    void revokeAll(UserId userId);
}
