package org.habittracker.application.port.out;

import java.util.Optional;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/** Accounts. Deleting a user deletes everything they own. */
public interface UserRepository {

    /** Adds a new user; throws {@link UsernameTakenException} when the name is in use (case-insensitively). */
    void add(User user);

    Optional<User> findById(UserId id);

    Optional<User> findByUsername(Username username);

    /** @return false when there is no such user */
    boolean updateSettings(UserId id, UserSettings settings);

    /** Deletes the user and, by cascade, their habits, check-ins, pauses, milestones, sessions and tokens. */
    boolean delete(UserId id);
}
