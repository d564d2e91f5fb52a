package org.habittracker.application.port.in.habit;

import java.util.List;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/**
 * Creating and changing habits. Every method is scoped by owner; a habit the owner does not have is a
 * {@code NotFoundException}.
 */
public interface ManageHabitsUseCase {

    /** At most 500 habits a user: one more is a {@code LimitExceededException}. */
    Habit create(CreateHabitCommand command);

    Habit get(UserId owner, HabitId id);

    /** All the owner's habits, archived ones included, in board order. */
    List<Habit> list(UserId owner);

    Habit update(UpdateHabitCommand command);

    /** Archived habits leave the board but keep their whole history. */
    Habit archive(UserId owner, HabitId id);

    Habit unarchive(UserId owner, HabitId id);

    void delete(UserId owner, HabitId id);

    /** @return the habits in their new order */
    List<Habit> reorder(ReorderHabitsCommand command);
}
