package org.habittracker.application.service.auth;

import java.time.Clock;
import org.habittracker.application.error.ConflictException;
import org.habittracker.application.error.TooManyAttemptsException;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.auth.RegisterCommand;
import org.habittracker.application.port.in.auth.RegisterUserUseCase;
import org.habittracker.application.port.out.IdGenerator;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.habittracker.application.port.out.PasswordHasher;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.port.out.UsernameTakenException;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.domain.user.TimeZones;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * Creates an account with default settings in the given time zone, and logs it in. Each client may register
 * {@link LoginThrottle#maxRegistrationsPerClient} accounts in the throttle's window.
 */
public final class RegisterUserService implements RegisterUserUseCase {
    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Transactions transactions;
    private final SessionIssuer sessionIssuer;
    private final CommandValidator validator;
    private final Clock clock;
    private final IdGenerator ids;
    private final AttemptCounter counter;
    private final int maxPerClient;

    public RegisterUserService(UserRepository users, PasswordHasher passwordHasher, Transactions transactions,
            SessionIssuer sessionIssuer, CommandValidator validator, Clock clock, IdGenerator ids,
            LoginAttemptStore attempts, LoginThrottle throttle) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.sessionIssuer = sessionIssuer;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
        this.counter = new AttemptCounter(attempts, throttle.window());
        this.maxPerClient = throttle.maxRegistrationsPerClient();
    }

    @Override
    public IssuedSession register(RegisterCommand command) {
        validator.validate(command);
        Username username = new Username(command.username());
        UserSettings settings = UserSettings.defaultsFor(TimeZones.parse(command.timeZone(), "timeZone"));
        // Counted before the name is looked up or a password hashed, as log-ins are; a taken name counts too,
        // so trying names one by one is throttled as well.
        counter.count(AttemptCounter.registrationKey(command.clientKey()), maxPerClient, clock.instant())
                .ifPresent(wait -> {
                    throw new TooManyAttemptsException("too many registrations from this client", wait);
                });
        if (users.findByUsername(username).isPresent()) {
            throw taken();
        }
        // Hashing is slow on purpose; it happens only once the cheap checks have passed.
        User user = new User(new UserId(ids.newId()), username, passwordHasher.hash(command.password()), settings,
                clock.instant());
        try {
            return transactions.inTransaction(() -> {
                users.add(user);
                return sessionIssuer.issue(user);
            });
        } catch (UsernameTakenException raced) {
            throw taken();
        }
    }

    private static ConflictException taken() {
        return new ConflictException("username", "is already taken");
    }
}
