package org.habittracker.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.habittracker.application.port.in.auth.LogInCommand;
import org.habittracker.application.port.in.auth.LogInResult;
import org.habittracker.application.port.in.auth.LogInUseCase;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.habittracker.application.port.out.PasswordHasher;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.application.service.shared.SecureTokens;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.Username;

/**
 * Checks a username and password. The answer for an unknown user and for a wrong password is the same,
 * and takes as long: an unknown user's attempt is checked against a dummy hash. Repeated failures per
 * username or per client are throttled (see {@link LoginThrottle}); a throttled attempt is not checked
 * and not counted, so it cannot extend the lock-out.
 */
public final class LogInService implements LogInUseCase {
    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final LoginAttemptStore attempts;
    private final SessionIssuer sessionIssuer;
    private final CommandValidator validator;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SecureTokens tokens;
    private volatile String dummyHash;

    public LogInService(UserRepository users, PasswordHasher passwordHasher, LoginAttemptStore attempts,
            SessionIssuer sessionIssuer, CommandValidator validator, Clock clock, LoginThrottle throttle,
            SecureTokens tokens) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.attempts = attempts;
        this.sessionIssuer = sessionIssuer;
        this.validator = validator;
        this.clock = clock;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    @Override
    public LogInResult logIn(LogInCommand command) {
        validator.validate(command);
        Instant now = clock.instant();
        // The window is (now - window, now]: stores count failures at or after 'since', and keep milliseconds.
        Instant windowStart = now.minus(throttle.window()).plusMillis(1);
        String userKey = "user:" + command.username().strip().toLowerCase(Locale.ROOT);
        String clientKey = "client:" + command.clientKey();

        Optional<Duration> wait = throttled(userKey, throttle.maxFailuresPerUsername(), windowStart, now)
                .or(() -> throttled(clientKey, throttle.maxFailuresPerClient(), windowStart, now));
        if (wait.isPresent()) {
            return new LogInResult.Throttled(wait.get());
        }

        Optional<User> user = find(command.username());
        if (user.isEmpty() || !passwordHasher.matches(command.password(), user.get().passwordHash())) {
            if (user.isEmpty()) {
                passwordHasher.matches(command.password(), dummyHash()); // as slow as a real check
            }
            attempts.recordFailure(userKey, now, windowStart);
            attempts.recordFailure(clientKey, now, windowStart);
            return new LogInResult.InvalidCredentials();
        }
        attempts.clear(userKey);
        return new LogInResult.LoggedIn(sessionIssuer.issue(user.get()));
    }

    private Optional<User> find(String username) {
        try {
            return users.findByUsername(new Username(username));
        } catch (InvalidInputException notAUsername) {
            return Optional.empty();
        }
    }

    /** How long until the key may try again, when it has used up its failures in the window. */
    private Optional<Duration> throttled(String key, int limit, Instant windowStart, Instant now) {
        if (attempts.failuresSince(key, windowStart) < limit) {
            return Optional.empty();
        }
        // All of the key's counted failures leave the window at the latest one plus the window.
        Duration wait = Duration.between(now, attempts.lastFailure(key).plus(throttle.window()));
        return Optional.of(wait.compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER : wait);
    }

    /** A real hash of a random password, made once, so an unknown user costs as much as a known one. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwordHasher.hash(tokens.newToken());
            dummyHash = hash;
        }
        return hash;
    }
}
