package org.habittracker.application.service.shared;

import java.time.Clock;
import java.time.LocalDate;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;

/** The owner and their today, which almost every use case needs first. */
public final class UserDays {
    private final UserRepository users;
    private final ReadCache readCache;
    private final Clock clock;

    public UserDays(UserRepository users, ReadCache readCache, Clock clock) {
        this.users = users;
        this.readCache = readCache;
        this.clock = clock;
    }

    /** The whole account, from the database: for writes and for what needs the password hash. */
    public User owner(UserId id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /**
     * Who the owner is and how their days are cut, through the read cache: requests that only read (the
     * board on every page load, the principal behind every request) then cost the database nothing. A
     * change of settings and the account's deletion are owner writes, which forget it after they commit.
     *
     * @throws NotFoundException when there is no such user (nothing is cached then)
     */
    public OwnerProfile profile(UserId id) {
        return readCache.get(new ReadModelKey(id, OwnerProfile.CACHE_NAME), OwnerProfile.class,
                () -> OwnerProfile.of(owner(id)));
    }

    public LocalDate today(User user) {
        return today(user.settings());
    }

    public LocalDate today(UserSettings settings) {
        return settings.userDay().dayOf(clock.instant());
    }
}
