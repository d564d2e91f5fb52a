package org.habittracker.adapters.lambda.auth;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.adapters.lambda.json.TimeZones;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;

/** {@code PATCH /api/me}: absent (or null) fields stay as they are. */
public final class ProfileRequests {

    private ProfileRequests() {
    }

    public static UpdateSettingsCommand settings(JsonFields body, UserId owner) {
        body.allowOnly(Set.of("timeZone", "dayStartHour", "weekStart"));
        Optional<String> timeZone = body.text("timeZone", Need.OPTIONAL);
        timeZone.ifPresent(zone -> body.errors().attempt(body.path(), () -> TimeZones.parse(zone, "timeZone")));
        Optional<Integer> dayStartHour = body.integer("dayStartHour", Need.OPTIONAL);
        dayStartHour.ifPresent(hour -> body.errors().attempt(body.path(), () -> UserSettings.checkDayStartHour(hour)));
        Optional<DayOfWeek> weekStart = body.constant("weekStart", DayOfWeek.class, Need.OPTIONAL);
        return new UpdateSettingsCommand(owner, timeZone, dayStartHour, weekStart.map(Enum::name));
    }
}
