package org.habittracker.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/**
 * Check-ins: at most one per habit and day, every call scoped by the habit's owner. Writing or clearing the
 * check-in of a day drops the habit's {@link ProgressCheckpointRepository stored checkpoint} when it is of
 * that day or later, in the same statement.
 */
public interface CheckInRepository {

    /**
     * Records the check-in, replacing the one for the same habit and day (idempotent).
     *
     * @return false, writing nothing, when the owner has no such habit
     */
    boolean upsert(UserId owner, CheckIn checkIn);

    /** @return false when there was nothing to clear */
    boolean delete(UserId owner, HabitId habit, LocalDate day);

    /** The habit's check-ins from {@code from} to {@code to} (both included), by day. */
    List<CheckIn> findByHabit(UserId owner, HabitId habit, LocalDate from, LocalDate to);

    /** Every check-in of every habit of the owner, by day within each habit: the board's one query. */
    Map<HabitId, List<CheckIn>> findAllByOwner(UserId owner);

    /**
     * The check-ins of each habit in {@code after} on the days after its day, by day within each habit (a
     * habit with none is left out): the board resumed from checkpoints, whatever the habits' histories.
     */
    Map<HabitId, List<CheckIn>> findAfter(UserId owner, Map<HabitId, LocalDate> after);
}
