package org.habittracker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.time.Duration;
import java.util.List;
import org.habittracker.application.port.in.auth.LogInCommand;
import org.habittracker.application.port.in.auth.LogInResult;
import org.habittracker.application.port.in.auth.LogInUseCase;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.Parallel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogInServiceTest {
    private static final String CLIENT = "203.0.113.7";

    private final InMemoryApplication app = new InMemoryApplication();
    private final LogInUseCase logIn = app.services().logIn();

    @BeforeEach
    void registerAda() {
        app.register("ada");
    }

    private LogInResult attempt(String username, String password) {
        return attempt(username, password, CLIENT);
    }

    private LogInResult attempt(String username, String password, String client) {
        return logIn.logIn(new LogInCommand(username, password, client));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(attempt("ada", "wrong password")).isInstanceOf(LogInResult.InvalidCredentials.class);
        }
    }

    @Test
    @DisplayName("the right password logs in with a session that resolves to the user")
    void rightPasswordLogsIn() {
        LogInResult result = attempt("ada", InMemoryApplication.PASSWORD);

        assertThat(result).isInstanceOfSatisfying(LogInResult.LoggedIn.class, loggedIn -> assertThat(
                app.services().resolvePrincipal().bySessionToken(loggedIn.session().token()))
                .contains(loggedIn.session().principal()));
    }

    @Test
    @DisplayName("the username is matched whatever its case")
    void usernameIgnoresCase() {
        assertThat(attempt("ADA", InMemoryApplication.PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    @DisplayName("a wrong password gets invalid credentials")
    void wrongPassword() {
        assertThat(attempt("ada", "wrong password")).isInstanceOf(LogInResult.InvalidCredentials.class);
    }

    @Test
    @DisplayName("an unknown user gets the very same answer as a wrong password")
    void unknownUserLooksLikeAWrongPassword() {
        assertThat(attempt("nobody", "wrong password")).isEqualTo(attempt("ada", "wrong password"));
    }

    @Test
    @DisplayName("an unknown user's password is still checked against a hash, so both cases take as long")
    void unknownUserStillChecksAHash() {
        int before = app.ports().passwordHasher().matchesCalls();

        attempt("nobody", "wrong password");

        assertThat(app.ports().passwordHasher().matchesCalls()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a name that cannot be a username gets invalid credentials, not a validation error")
    void malformedUsernameIsInvalidCredentials() {
        assertThat(attempt("a b", "wrong password")).isInstanceOf(LogInResult.InvalidCredentials.class);
    }

    @Test
    @DisplayName("a password longer than 128 characters is refused on 'password'")
    void overlongPassword() {
        assertRefusedOn("password", () -> attempt("ada", "x".repeat(129)));
    }

    @Test
    @DisplayName("after 5 failures for a username within 15 minutes even the right password is throttled")
    void fiveFailuresThrottleTheUsername() {
        fail(5);

        assertThat(attempt("ada", InMemoryApplication.PASSWORD)).isInstanceOf(LogInResult.Throttled.class);
    }

    @Test
    @DisplayName("4 failures are not yet throttled")
    void fourFailuresAreNotThrottled() {
        fail(4);

        assertThat(attempt("ada", InMemoryApplication.PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    @DisplayName("a throttled attempt is told to retry 15 minutes after the last failure")
    void retryAfterCountsFromTheLastFailure() {
        fail(5);
        app.ports().clock().advance(Duration.ofMinutes(5));

        assertThat(attempt("ada", InMemoryApplication.PASSWORD))
                .isEqualTo(new LogInResult.Throttled(Duration.ofMinutes(10)));
    }

    @Test
    @DisplayName("once the failures have left the 15-minute window the user can log in again")
    void throttleLiftsAfterTheWindow() {
        fail(5);
        app.ports().clock().advance(Duration.ofMinutes(15));

        assertThat(attempt("ada", InMemoryApplication.PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    @DisplayName("throttled attempts are not counted, so they do not prolong the lock-out")
    void throttledAttemptsDoNotCount() {
        fail(5);
        app.ports().clock().advance(Duration.ofMinutes(10));
        attempt("ada", "wrong password");
        app.ports().clock().advance(Duration.ofMinutes(5));

        assertThat(attempt("ada", InMemoryApplication.PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    @DisplayName("a successful log-in forgets the username's earlier failures")
    void successClearsTheUsernamesFailures() {
        fail(4);
        attempt("ada", InMemoryApplication.PASSWORD);
        fail(4);

        assertThat(attempt("ada", InMemoryApplication.PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    @DisplayName("failures for one username do not throttle another")
    void usernamesAreThrottledApart() {
        app.register("bob");
        fail(5);

        assertThat(attempt("bob", InMemoryApplication.PASSWORD, "198.51.100.1"))
                .isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    @DisplayName("after 20 failures from one client, that client is throttled for every username")
    void twentyFailuresThrottleTheClient() {
        app.register("bob");
        for (int i = 0; i < 20; i++) {
            attempt("guess" + i, "wrong password");
        }

        assertThat(attempt("bob", InMemoryApplication.PASSWORD)).isInstanceOf(LogInResult.Throttled.class);
        assertThat(attempt("bob", InMemoryApplication.PASSWORD, "198.51.100.1"))
                .isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    @DisplayName("issue 13: of 20 parallel wrong passwords only 5 are checked, the rest throttled (before: all 20 checked)")
    void parallelGuessesAreCountedBeforeChecking() throws Exception {
        List<LogInResult> results = Parallel.run(20, i -> attempt("ada", "wrong password " + i));

        assertThat(results).filteredOn(LogInResult.InvalidCredentials.class::isInstance).hasSize(5);
        assertThat(results).filteredOn(LogInResult.Throttled.class::isInstance).hasSize(15);
    }

    @Test
    @DisplayName("a successful log-in does not use up the client's allowance")
    void successIsNotCountedForTheClient() {
        for (int i = 0; i < 25; i++) {
            assertThat(attempt("ada", InMemoryApplication.PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
        }
    }
}
