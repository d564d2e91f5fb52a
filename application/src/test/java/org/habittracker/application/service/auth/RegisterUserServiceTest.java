package org.habittracker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import org.habittracker.application.error.ConflictException;
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
        register.register(new RegisterCommand("ada", "long enough password", "America/New_York"));

        User ada = stored("ada");
        assertThat(ada.settings().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(ada.settings().dayStartHour()).isZero();
        assertThat(ada.settings().weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ada.createdAt()).isEqualTo(InMemoryPorts.START);
    }

    @Test
    @DisplayName("the password is kept only as the hasher's hash")
    void storesOnlyTheHash() {
        register.register(new RegisterCommand("ada", "long enough password", "UTC"));

        assertThat(stored("ada").passwordHash())
                .isEqualTo(app.ports().passwordHasher().hash("long enough password"));
    }

    @Test
    @DisplayName("registering logs the new user in with a 30-day session whose token is stored only as a hash")
    void logsTheUserIn() {
        IssuedSession session = register.register(new RegisterCommand("ada", "long enough password", "UTC"));

        assertThat(session.principal().username()).isEqualTo(new Username("ada"));
        assertThat(session.expiresAt()).isEqualTo(InMemoryPorts.START.plus(Duration.ofDays(30)));
        assertThat(session.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(app.ports().sessions().find(TokenHash.of(session.token())))
                .hasValueSatisfying(s -> assertThat(s.userId()).isEqualTo(session.principal().userId()));
    }

    @Test
    @DisplayName("a username already taken, in any case, is a conflict on 'username'")
    void takenUsernameIsAConflict() {
        register.register(new RegisterCommand("ada", "long enough password", "UTC"));

        assertThatThrownBy(() -> register.register(new RegisterCommand("ADA", "another password", "UTC")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    @DisplayName("a username with characters outside letters, digits, '.', '-', '_' is refused on 'username'")
    void malformedUsername() {
        assertRefusedOn("username", () -> register.register(new RegisterCommand("ada lovelace", "long enough", "UTC")));
    }

    @Test
    @DisplayName("a password shorter than 8 characters is refused on 'password'")
    void shortPassword() {
        assertRefusedOn("password", () -> register.register(new RegisterCommand("ada", "short", "UTC")));
    }

    @Test
    @DisplayName("an unknown time zone is refused on 'timeZone'")
    void unknownTimeZone() {
        assertRefusedOn("timeZone",
                () -> register.register(new RegisterCommand("ada", "long enough password", "Mars/Olympus")));
    }

    @Test
    @DisplayName("a blank time zone is refused on 'timeZone'")
    void blankTimeZone() {
        assertRefusedOn("timeZone", () -> register.register(new RegisterCommand("ada", "long enough password", " ")));
    }

    @Test
    @DisplayName("a refused registration creates nothing")
    void refusedRegistrationCreatesNothing() {
        assertRefusedOn("timeZone",
                () -> register.register(new RegisterCommand("ada", "long enough password", "Mars/Olympus")));

        assertThat(app.ports().users().findByUsername(new Username("ada"))).isEmpty();
    }
}
