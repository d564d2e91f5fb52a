package org.habittracker.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.service.shared.SecureTokens;
import org.habittracker.domain.user.User;

/** Starts sessions: a fresh 256-bit token for the cookie, of which only the hash is stored. */
public final class SessionIssuer {
    /** Sliding expiry: a session lives this long after its last extension. */
    static final Duration SESSION_LENGTH = Duration.ofDays(30);

    private final SessionStore sessions;
    private final SecureTokens tokens;
    private final Clock clock;

    public SessionIssuer(SessionStore sessions, SecureTokens tokens, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.clock = clock;
    }

    public IssuedSession issue(User user) {
        String token = tokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(SESSION_LENGTH);
        sessions.save(new Session(TokenHash.of(token), user.id(), now, expiresAt));
        return new IssuedSession(token, expiresAt, new Principal(user.id(), user.username(), user.settings()));
    }
}
