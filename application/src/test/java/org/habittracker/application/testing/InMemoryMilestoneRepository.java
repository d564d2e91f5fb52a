package org.habittracker.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.testing.InMemoryDatabase.MilestoneKey;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.user.UserId;

/** Milestones in memory: the first record of each kind wins and keeps its day. */
public final class InMemoryMilestoneRepository implements MilestoneRepository {
    private static final Comparator<Milestone> BY_DAY = Comparator.comparing(Milestone::reachedOn)
            .thenComparing(Milestone::kind);

    private final InMemoryDatabase db;

    public InMemoryMilestoneRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void recordNew(UserId owner, HabitId habit, List<Milestone> milestones) {
        db.execute(t -> {
            if (!t.ownsHabit(owner, habit)) {
                return;
            }
            milestones.forEach(m -> t.milestones.putIfAbsent(new MilestoneKey(habit, m.kind()), m));
        });
    }

    @Override
    public List<Milestone> findByHabit(UserId owner, HabitId habit) {
        return db.query(t -> {
            if (!t.ownsHabit(owner, habit)) {
                return List.of();
            }
            return t.milestones.entrySet().stream()
                    .filter(e -> e.getKey().habit().equals(habit))
                    .map(Map.Entry::getValue)
                    .sorted(BY_DAY)
                    .toList();
        });
    }
}
