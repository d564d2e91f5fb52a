package org.habittracker.adapters.lambda.pauses;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** The body of {@code POST /api/pauses}: {@code {"habitId"?, "from", "to"}}; no habit id pauses every habit. */
public final class PauseRequests {

    private PauseRequests() {
    }

    public static CreatePauseCommand create(JsonFields body, UserId owner) {
        body.allowOnly(Set.of("habitId", "from", "to"));
        Optional<HabitId> habitId = body.uuid("habitId", "a habit id", Need.OPTIONAL).map(HabitId::new);
        LocalDate from = day(body, "from");
        LocalDate to = day(body, "to");
        return new CreatePauseCommand(owner, habitId, from, to);
    }

    /** The reader keeps the stored-day range ({@code JsonValues.date}). */
    private static LocalDate day(JsonFields body, String field) {
        return body.date(field, Need.REQUIRED).orElse(null);
    }
}
