package org.habittracker.application.port.in.auth;

import java.util.Objects;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.Username;

/** Who is making a request, once their session or API token has been resolved. */
public record Principal(UserId userId, Username username) {
    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
    }
}
