package org.habittracker.domain.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.Amounts;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.Dates;

/**
 * The user's word on one habit and one day: done (with an amount for measured goals) or skipped, with
 * an optional note. There is at most one per habit and day; recording again replaces it.
 *
 * @param note free text, empty when there is none
 */
public record CheckIn(HabitId habitId, LocalDate day, CheckInStatus status, Optional<BigDecimal> amount, String note) {
    public static final int MAX_NOTE_LENGTH = 500;

    public CheckIn {
        Check.notNull(habitId, "habitId");
        Dates.storable(day, "day");
        Check.notNull(status, "status");
        Check.notNull(amount, "amount");
        amount.ifPresent(value -> Amounts.check(value, "amount"));
        note = checkNote(note);
    }

    /** @return the note trimmed, at most {@value #MAX_NOTE_LENGTH} characters (the one home of that rule) */
    public static String checkNote(String note) {
        Check.notNull(note, "note");
        return Check.length(note.strip(), 0, MAX_NOTE_LENGTH, "note");
    }

    public static CheckIn done(HabitId habitId, LocalDate day) {
        return new CheckIn(habitId, day, CheckInStatus.DONE, Optional.empty(), "");
    }

    public static CheckIn done(HabitId habitId, LocalDate day, BigDecimal amount) {
        return new CheckIn(habitId, day, CheckInStatus.DONE, Optional.of(amount), "");
    }

    public static CheckIn skipped(HabitId habitId, LocalDate day) {
        return new CheckIn(habitId, day, CheckInStatus.SKIPPED, Optional.empty(), "");
    }
}
