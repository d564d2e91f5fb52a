package org.habittracker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.auth.LogInCommand;
import org.habittracker.application.port.in.auth.LogInResult.LoggedIn;
import org.habittracker.application.port.in.auth.LogOutUseCase;
import org.habittracker.application.port.in.auth.ResolvePrincipalUseCase;
import org.habittracker.application.testing.InMemoryApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final LogOutUseCase logOut = app.services().logOut();
    private final ResolvePrincipalUseCase resolve = app.services().resolvePrincipal();

    @Test
    @DisplayName("logging out revokes the session")
    void revokesTheSession() {
        IssuedSession session = app.register("ada");

        logOut.logOut(session.token());

        assertThat(resolve.bySessionToken(session.token())).isEmpty();
    }

    @Test
    @DisplayName("logging out keeps the user's other sessions")
    void keepsOtherSessions() {
        IssuedSession first = app.register("ada");
        IssuedSession second = ((LoggedIn) app.services().logIn()
                .logIn(new LogInCommand("ada", InMemoryApplication.PASSWORD,
                        "client"))).session();

        logOut.logOut(first.token());

        assertThat(resolve.bySessionToken(second.token())).contains(second.principal());
    }

    @Test
    @DisplayName("logging out with an unknown, blank or missing token is not an error")
    void unknownTokenIsFine() {
        assertThatCode(() -> {
            logOut.logOut("not a token we issued");
            logOut.logOut("");
            logOut.logOut(null);
        }).doesNotThrowAnyException();
    }
}
