package org.habittracker.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.habittracker.application.port.in.Principal;
import org.habittracker.application.port.in.ResolvePrincipalUseCase;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.domain.user.User;

/**
 * Finds who is behind a session cookie or an API token. Sessions slide: each use pushes the expiry to
 * 30 days ahead, but at most once a day, so that reading does not cost a write per request. An expired
 * session, or one whose user is gone, is revoked and resolves to nobody.
 */
public final class ResolvePrincipalService implements ResolvePrincipalUseCase {
    /** Longer strings are not tokens we issued; they are not worth hashing. */
    static final int MAX_TOKEN_LENGTH = 256;
    static final Duration EXTEND_AT_MOST_EVERY = Duration.ofDays(1);
    static final Duration MARK_TOKEN_USED_AT_MOST_EVERY = Duration.ofHours(1);

    private final SessionStore sessions;
    private final ApiTokenRepository apiTokens;
    private final UserRepository users;
    private final Clock clock;

    ResolvePrincipalService(SessionStore sessions, ApiTokenRepository apiTokens, UserRepository users, Clock clock) {
        this.sessions = sessions;
        this.apiTokens = apiTokens;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<Principal> bySessionToken(String sessionToken) {
        if (!plausible(sessionToken)) {
            return Optional.empty();
        }
        TokenHash hash = TokenHash.of(sessionToken);
        Optional<Session> found = sessions.find(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        Instant now = clock.instant();
        Optional<User> user = session.isExpiredAt(now) ? Optional.empty() : users.findById(session.userId());
        if (user.isEmpty()) {
            sessions.revoke(hash);
            return Optional.empty();
        }
        Instant slidTo = now.plus(SessionIssuer.SESSION_LENGTH);
        if (Duration.between(session.expiresAt(), slidTo).compareTo(EXTEND_AT_MOST_EVERY) >= 0) {
            sessions.extend(hash, slidTo);
        }
        return Optional.of(new Principal(user.get().id(), user.get().username()));
    }

    @Override
    public Optional<Principal> byApiToken(String apiToken) {
        if (!plausible(apiToken)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = apiTokens.findByHash(TokenHash.of(apiToken));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<User> user = users.findById(token.owner());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean markedRecently = token.lastUsedAt()
                .filter(used -> Duration.between(used, now).compareTo(MARK_TOKEN_USED_AT_MOST_EVERY) < 0)
                .isPresent();
        if (!markedRecently) {
            apiTokens.markUsed(token.id(), now);
        }
        return Optional.of(new Principal(user.get().id(), user.get().username()));
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_TOKEN_LENGTH;
    }
}
