package org.habittracker.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.in.auth.ResolvePrincipalUseCase;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.service.shared.OwnerProfile;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.user.UserId;

/**
 * Finds who is behind a session cookie or an API token. Sessions slide: each use pushes the expiry to
 * 30 days ahead, but at most once a day, so that reading does not cost a write per request. An expired
 * session, or one whose user is gone, is revoked and resolves to nobody.
 *
 * <p>This runs before every authenticated request, so the user comes from the read cache
 * ({@link UserDays#profile}): with a session cache in front of the store, a request for a cached read model
 * then never reaches the database. The cached profile cannot outlive the account: deleting it revokes the
 * sessions first and forgets the owner's read models once the delete has committed.
 */
public final class ResolvePrincipalService implements ResolvePrincipalUseCase {
    /** Longer strings are not tokens we issued; they are not worth hashing. */
    static final int MAX_TOKEN_LENGTH = 256;
    static final Duration EXTEND_AT_MOST_EVERY = Duration.ofDays(1);
    static final Duration MARK_TOKEN_USED_AT_MOST_EVERY = Duration.ofHours(1);

    private final SessionStore sessions;
    private final ApiTokenRepository apiTokens;
    private final UserDays userDays;
    private final Clock clock;

    public ResolvePrincipalService(SessionStore sessions, ApiTokenRepository apiTokens, UserDays userDays, Clock clock) {
        this.sessions = sessions;
        this.apiTokens = apiTokens;
        this.userDays = userDays;
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
        Optional<OwnerProfile> user = session.isExpiredAt(now) ? Optional.empty() : profile(session.userId());
        if (user.isEmpty()) {
            sessions.revoke(hash);
            return Optional.empty();
        }
        Instant slidTo = now.plus(SessionIssuer.SESSION_LENGTH);
        if (Duration.between(session.expiresAt(), slidTo).compareTo(EXTEND_AT_MOST_EVERY) >= 0) {
            sessions.extend(hash, slidTo);
        }
        return Optional.of(user.get().principal());
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
        Optional<OwnerProfile> user = profile(token.owner());
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
        return Optional.of(user.get().principal());
    }

    private Optional<OwnerProfile> profile(UserId id) {
        try {
            return Optional.of(userDays.profile(id));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_TOKEN_LENGTH;
    }
}
