package org.habittracker.application.testing;

import java.util.Map;
import java.util.stream.Collectors;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.user.UserId;

/** {@link ProgressCheckpointRepository} over {@link InMemoryDatabase}; check-in changes drop them there. */
public final class InMemoryProgressCheckpointRepository implements ProgressCheckpointRepository {
    private final InMemoryDatabase db;

    public InMemoryProgressCheckpointRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Map<HabitId, ProgressCheckpoint> findAll(UserId owner) {
        return db.query(t -> t.checkpoints.entrySet().stream()
                .filter(e -> t.ownsHabit(owner, e.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public void save(UserId owner, HabitId habit, ProgressCheckpoint checkpoint) {
        db.query(t -> t.ownsHabit(owner, habit) ? t.checkpoints.put(habit, checkpoint) : null);
    }
}
