package org.habittracker.application.port.in.auth;

import java.util.Objects;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * Who is making a request, once their session or API token has been resolved, and how their days are cut as
 * read then: a read that needs only the owner's today (the board) asks this instead of looking the owner up
 * again, one cache round trip fewer on the most frequent request.
 */
public record Principal(UserId userId, Username username, UserSettings settings) {
    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(settings, "settings");
    }
}
