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
 * username or per client are throttled (see {@link LoginThrottle}): each attempt is counted before its
 * password is checked, so parallel guesses cannot slip past the limit; a throttled attempt is not checked
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

        // Counted before the password is checked, each key in one atomic step: of parallel attempts only as many
        // as the limit leaves are checked at all. A refused attempt is not counted, so it cannot extend the lock-out.
        if (!attempts.countAttempt(userKey, now, windowStart, throttle.maxFailuresPerUsername())) {
            return new LogInResult.Throttled(retryAfter(userKey, now));
        }
        if (!attempts.countAttempt(clientKey, now, windowStart, throttle.maxFailuresPerClient())) {
            attempts.withdraw(userKey, now);
            return new LogInResult.Throttled(retryAfter(clientKey, now));
        }

        Optional<User> user = find(command.username());
        if (user.isEmpty() || !passwordHasher.matches(command.password(), user.get().passwordHash())) {
            if (user.isEmpty()) {
                passwordHasher.matches(command.password(), dummyHash()); // as slow as a real check
            }
            return new LogInResult.InvalidCredentials(); // both counts stand: this was a failure
        }
        attempts.clear(userKey);
        attempts.withdraw(clientKey, now); // a success is no failure of the client's
        return new LogInResult.LoggedIn(sessionIssuer.issue(user.get()));
    }

    private Optional<User> find(String username) {
        try {
            return users.findByUsername(new Username(username));
        } catch (InvalidInputException notAUsername) {
            return Optional.empty();
        }
    }

    /** How long until the key, which has used up its failures in the window, may try again. */
    private Duration retryAfter(String key, Instant now) {
        // All of the key's counted failures leave the window at the latest one plus the window.
        Duration wait = Duration.between(now, attempts.lastFailure(key).plus(throttle.window()));
        return wait.compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER : wait;
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
