package org.habittracker.application.service.auth;

import org.habittracker.application.port.in.auth.LogOutUseCase;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;

/** Revokes the session behind a cookie; logging out twice, or with no session, is fine. */
public final class LogOutService implements LogOutUseCase {
    private final SessionStore sessions;

    public LogOutService(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public void logOut(String sessionToken) {
        if (sessionToken != null && !sessionToken.isBlank()) {
            sessions.revoke(TokenHash.of(sessionToken));
        }
    }
}
