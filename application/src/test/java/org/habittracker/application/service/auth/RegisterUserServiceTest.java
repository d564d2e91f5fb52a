package org.habittracker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import org.habittracker.application.error.ConflictException;
import org.habittracker.application.error.TooManyAttemptsException;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.auth.RegisterCommand;
import org.habittracker.application.port.in.auth.RegisterUserUseCase;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.Username;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final RegisterUserUseCase register = app.services().registerUser();

    private User stored(String username) {
        return app.ports().users().findByUsername(new Username(username)).orElseThrow();
    }

    @Test
    @DisplayName("registering creates the account with default settings in the given time zone")
    void createsTheAccount() {
        register.register(new RegisterCommand("ada", "long enough password", "America/New_York", "203.0.113.9"));

        User ada = stored("ada");
        assertThat(ada.settings().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(ada.settings().dayStartHour()).isZero();
        assertThat(ada.settings().weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ada.createdAt()).isEqualTo(InMemoryPorts.START);
    }

    @Test
    @DisplayName("the password is kept only as the hasher's hash")
    void storesOnlyTheHash() {
        register.register(new RegisterCommand("ada", "long enough password", "UTC", "203.0.113.9"));

        assertThat(stored("ada").passwordHash())
                .isEqualTo(app.ports().passwordHasher().hash("long enough password"));
    }

    @Test
    @DisplayName("registering logs the new user in with a 30-day session whose token is stored only as a hash")
    void logsTheUserIn() {
        IssuedSession session = register.register(new RegisterCommand("ada", "long enough password", "UTC", "203.0.113.9"));

        assertThat(session.principal().username()).isEqualTo(new Username("ada"));
        assertThat(session.expiresAt()).isEqualTo(InMemoryPorts.START.plus(Duration.ofDays(30)));
        assertThat(session.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(app.ports().sessions().find(TokenHash.of(session.token())))
                .hasValueSatisfying(s -> assertThat(s.userId()).isEqualTo(session.principal().userId()));
    }

    @Test
    @DisplayName("a username already taken, in any case, is a conflict on 'username'")
    void takenUsernameIsAConflict() {
        register.register(new RegisterCommand("ada", "long enough password", "UTC", "203.0.113.9"));

        assertThatThrownBy(() -> register.register(new RegisterCommand("ADA", "another password", "UTC", "203.0.113.9")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    @DisplayName("a username with characters outside letters, digits, '.', '-', '_' is refused on 'username'")
    void malformedUsername() {
        assertRefusedOn("username", () -> register.register(new RegisterCommand("ada lovelace", "long enough", "UTC", "203.0.113.9")));
    }

    @Test
    @DisplayName("a password shorter than 8 characters is refused on 'password'")
    void shortPassword() {
        assertRefusedOn("password", () -> register.register(new RegisterCommand("ada", "short", "UTC", "203.0.113.9")));
    }

    @Test
    @DisplayName("an unknown time zone is refused on 'timeZone'")
    void unknownTimeZone() {
        assertRefusedOn("timeZone",
                () -> register.register(new RegisterCommand("ada", "long enough password", "Mars/Olympus", "203.0.113.9")));
    }

    @Test
    @DisplayName("a blank time zone is refused on 'timeZone'")
    void blankTimeZone() {
        assertRefusedOn("timeZone", () -> register.register(new RegisterCommand("ada", "long enough password", " ", "203.0.113.9")));
    }

    @Test
    @DisplayName("a refused registration creates nothing")
    void refusedRegistrationCreatesNothing() {
        assertRefusedOn("timeZone",
                () -> register.register(new RegisterCommand("ada", "long enough password", "Mars/Olympus", "203.0.113.9")));

        assertThat(app.ports().users().findByUsername(new Username("ada"))).isEmpty();
    }

    @Test
    @DisplayName("issue 13: a client's 21st registration in the window is refused with a wait (before: no limit)")
    void registrationsAreThrottledPerClient() {
        for (int i = 0; i < LoginThrottle.DEFAULT.maxRegistrationsPerClient(); i++) {
            register.register(new RegisterCommand("user" + i, "long enough password", "UTC", "203.0.113.50"));
        }

        assertThatThrownBy(() -> register.register(new RegisterCommand("onemore", "long enough password", "UTC",
                "203.0.113.50"))).isInstanceOfSatisfying(TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(LoginThrottle.DEFAULT.window()));
        assertThat(app.ports().users().findByUsername(new Username("onemore"))).isEmpty();
    }

    @Test
    @DisplayName("another client may still register when one has used up its registrations")
    void otherClientsAreNotThrottled() {
        for (int i = 0; i < LoginThrottle.DEFAULT.maxRegistrationsPerClient(); i++) {
            register.register(new RegisterCommand("user" + i, "long enough password", "UTC", "203.0.113.50"));
        }

        register.register(new RegisterCommand("elsewhere", "long enough password", "UTC", "203.0.113.51"));

        assertThat(stored("elsewhere").username().value()).isEqualTo("elsewhere");
    }
}
