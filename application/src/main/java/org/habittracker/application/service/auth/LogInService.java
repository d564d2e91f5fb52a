package org.habittracker.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final AttemptCounter counter;
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
        this.counter = new AttemptCounter(attempts, throttle.window());
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
        String userKey = AttemptCounter.userKey(command.username());
        String clientKey = AttemptCounter.clientKey(command.clientKey());

        // Counted before the password is checked, each key in one atomic step: of parallel attempts only as many
        // as the limit leaves are checked at all. A refused attempt is not counted, so it cannot extend the lock-out.
        Optional<Duration> wait = counter.count(userKey, throttle.maxFailuresPerUsername(), now);
        if (wait.isPresent()) {
            return new LogInResult.Throttled(wait.get());
        }
        wait = counter.count(clientKey, throttle.maxFailuresPerClient(), now);
        if (wait.isPresent()) {
            counter.withdraw(userKey, now);
            return new LogInResult.Throttled(wait.get());
        }

        Optional<User> user = find(command.username());
        if (user.isEmpty() || !passwordHasher.matches(command.password(), user.get().passwordHash())) {
            if (user.isEmpty()) {
                passwordHasher.matches(command.password(), dummyHash()); // as slow as a real check
            }
            return new LogInResult.InvalidCredentials(); // both counts stand: this was a failure
        }
        counter.clear(userKey);
        counter.withdraw(clientKey, now); // a success is no failure of the client's
        return new LogInResult.LoggedIn(sessionIssuer.issue(user.get()));
    }

    private Optional<User> find(String username) {
        try {
            return users.findByUsername(new Username(username));
        } catch (InvalidInputException notAUsername) {
            return Optional.empty();
        }
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
