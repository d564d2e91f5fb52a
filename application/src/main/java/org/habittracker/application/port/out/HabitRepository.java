package org.habittracker.application.port.out;

import java.util.List;
import java.util.Optional;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** Habits, every call scoped by owner: another user's habit is simply not there. */
public interface HabitRepository {

    void add(Habit habit);

    /** Replaces the stored habit with the same id and owner; false when there is none. */
    boolean update(Habit habit);

    Optional<Habit> find(UserId owner, HabitId id);

    /** All the owner's habits, archived ones included, by position then creation. */
    List<Habit> findAll(UserId owner);

    int count(UserId owner);

    /** Deletes the habit and its check-ins, pauses and milestones; false when the owner has no such habit. */
    boolean delete(UserId owner, HabitId id);

    /** Sets each listed habit's position to its index in {@code order}; ids not owned are ignored. */
    void reorder(UserId owner, List<HabitId> order);
}
