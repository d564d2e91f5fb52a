package org.habittracker.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** Habits in memory, every call scoped by owner. */
public final class InMemoryHabitRepository implements HabitRepository {
    /** The board order: position, then creation, then id so that the order is total. */
    static final Comparator<Habit> BOARD_ORDER = Comparator.comparingInt(Habit::position)
            .thenComparing(Habit::createdAt)
            .thenComparing(h -> h.id().value());

    private final InMemoryDatabase db;

    public InMemoryHabitRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Habit habit) {
        db.execute(t -> {
            t.requireUser(habit.owner());
            if (t.habits.containsKey(habit.id())) {
                throw new IllegalStateException("primary key violated: habit " + habit.id());
            }
            t.habits.put(habit.id(), habit);
        });
    }

    @Override
    public boolean update(Habit habit) {
        return db.query(t -> {
            if (!t.ownsHabit(habit.owner(), habit.id())) {
                return false;
            }
            t.habits.put(habit.id(), habit);
            return true;
        });
    }

    @Override
    public Optional<Habit> find(UserId owner, HabitId id) {
        return db.query(t -> Optional.ofNullable(t.habits.get(id)).filter(h -> h.owner().equals(owner)));
    }

    @Override
    public List<Habit> findAll(UserId owner) {
        return db.query(t -> t.habits.values().stream().filter(h -> h.owner().equals(owner)).sorted(BOARD_ORDER)
                .toList());
    }

    @Override
    public int count(UserId owner) {
        return db.query(t -> (int) t.habits.values().stream().filter(h -> h.owner().equals(owner)).count());
    }

    @Override
    public boolean delete(UserId owner, HabitId id) {
        return db.query(t -> {
            if (!t.ownsHabit(owner, id)) {
                return false;
            }
            t.deleteHabitCascading(id);
            return true;
        });
    }

    @Override
    public void reorder(UserId owner, List<HabitId> order) {
        db.execute(t -> {
            for (int index = 0; index < order.size(); index++) {
                HabitId id = order.get(index);
                if (t.ownsHabit(owner, id)) {
                    t.habits.put(id, t.habits.get(id).withPosition(index));
                }
            }
        });
    }
}
