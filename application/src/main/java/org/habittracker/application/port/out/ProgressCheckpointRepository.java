package org.habittracker.application.port.out;

import java.util.Map;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.user.UserId;

/**
 * At most one {@link ProgressCheckpoint} per habit, every call scoped by the habit's owner. A check-in written
 * or cleared on or before a checkpoint's day drops that checkpoint in the same statement
 * ({@link CheckInRepository}), so a stored checkpoint always describes the check-ins up to its day.
 */
public interface ProgressCheckpointRepository {

    /** The owner's checkpoints, by habit. */
    Map<HabitId, ProgressCheckpoint> findAll(UserId owner);

    /** Stores {@code checkpoint} as the habit's, replacing the one it had; nothing when the owner has no such habit. */
    void save(UserId owner, HabitId habit, ProgressCheckpoint checkpoint);
}
