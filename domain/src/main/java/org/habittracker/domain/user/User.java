package org.habittracker.domain.user;

import java.time.Instant;
import org.habittracker.domain.shared.Check;

/** An account. The password is only ever held as a hash made by the password-hashing port. */
public record User(UserId id, Username username, String passwordHash, UserSettings settings, Instant createdAt) {
    public User {
        Check.notNull(id, "id");
        Check.notNull(username, "username");
        Check.notNull(passwordHash, "passwordHash");
        Check.notNull(settings, "settings");
        Check.notNull(createdAt, "createdAt");
    }

    public User withSettings(UserSettings newSettings) {
        return new User(id, username, passwordHash, newSettings, createdAt);
    }
}
