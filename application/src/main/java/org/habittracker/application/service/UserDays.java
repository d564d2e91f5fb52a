package org.habittracker.application.service;

import java.time.Clock;
import java.time.LocalDate;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;

/** The owner and their today, which almost every use case needs first. */
final class UserDays {
    private final UserRepository users;
    private final Clock clock;

    UserDays(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    User owner(UserId id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    LocalDate today(User user) {
        return user.settings().userDay().dayOf(clock.instant());
    }
}
