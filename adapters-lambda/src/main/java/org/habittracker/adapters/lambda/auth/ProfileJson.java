package org.habittracker.adapters.lambda.auth;

import java.time.DayOfWeek;

import org.habittracker.domain.user.User;

/** {@code GET /api/me}. */
public record ProfileJson(String userId, String username, String timeZone, int dayStartHour, DayOfWeek weekStart) {

    public static ProfileJson from(User user) {
        return new ProfileJson(user.id().toString(), user.username().value(), user.settings().timeZone().getId(),
                user.settings().dayStartHour(), user.settings().weekStart());
    }
}
