package org.habittracker.domain.checkin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;

/**
 * A vacation: the days {@code from}–{@code to} (both included) are excused, for one habit or, when
 * {@code habitId} is empty, for every habit of the owner.
 */
public record Pause(PauseId id, UserId owner, Optional<HabitId> habitId, LocalDate from, LocalDate to) {
    /** Long enough for any real break, short enough that a typo cannot excuse a decade. */
    public static final int MAX_DAYS = 366;

    public Pause {
        Check.notNull(id, "id");
        Check.notNull(owner, "owner");
        Check.notNull(habitId, "habitId");
        Dates.storable(from, "from");
        Dates.storable(to, "to");
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "before_from", "must be on or after 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw InvalidInputException.of("to", "too_long", "a pause lasts at most " + MAX_DAYS + " days");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean appliesTo(HabitId habit) {
        return habitId.map(habit::equals).orElse(true);
    }
}
