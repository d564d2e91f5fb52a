package org.habittracker.application.service.shared;

import java.util.Objects;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * What reads need to know about the owner (who they are and how their days are cut), kept in the
 * {@link org.habittracker.application.port.out.ReadCache} under the name {@value #CACHE_NAME} so that a cached
 * board costs no database query. Never the password hash: a cache is no place for it. Public only because a
 * cache adapter writes it out and reads it back (as JSON in Redis).
 */
public record OwnerProfile(UserId id, Username username, UserSettings settings) {
    /** The read model's name beside the boards and statistics of the same owner; forgotten by every write. */
    public static final String CACHE_NAME = "owner";

    public OwnerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(settings, "settings");
    }

    public static OwnerProfile of(User user) {
        return new OwnerProfile(user.id(), user.username(), user.settings());
    }

    /** The profile a request was resolved with (see {@link Principal}). */
    public static OwnerProfile of(Principal principal) {
        return new OwnerProfile(principal.userId(), principal.username(), principal.settings());
    }

    public Principal principal() {
        return new Principal(id, username, settings);
    }
}
