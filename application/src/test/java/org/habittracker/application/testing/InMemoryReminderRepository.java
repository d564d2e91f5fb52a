package org.habittracker.application.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.testing.InMemoryDatabase.StoredReminder;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.UserId;

/** Reminders in memory, keyed by habit and scoped by owner. */
public final class InMemoryReminderRepository implements ReminderRepository {
    private final InMemoryDatabase db;

    public InMemoryReminderRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void save(UserId owner, Reminder reminder, Due next) {
        db.execute(t -> {
            if (!t.ownsHabit(owner, reminder.habitId())) {
                throw new IllegalStateException("foreign key violated: owner has no habit " + reminder.habitId());
            }
            t.reminders.put(reminder.habitId(), new StoredReminder(owner, reminder, next));
        });
    }

    @Override
    public Optional<Reminder> find(UserId owner, HabitId habit) {
        return db.query(t -> Optional.ofNullable(t.reminders.get(habit)).filter(r -> r.owner().equals(owner))
                .map(StoredReminder::reminder));
    }

    @Override
    public List<Reminder> findAll(UserId owner) {
        return db.query(t -> t.reminders.values().stream().filter(r -> r.owner().equals(owner))
                .map(StoredReminder::reminder).sorted(Comparator.comparing(r -> r.habitId().value())).toList());
    }

    @Override
    public boolean delete(UserId owner, HabitId habit) {
        return db.query(t -> {
            StoredReminder stored = t.reminders.get(habit);
            if (stored == null || !stored.owner().equals(owner)) {
                return false;
            }
            t.reminders.remove(habit);
            return true;
        });
    }

    @Override
    public List<DueReminder> findDue(Instant now, int limit) {
        return db.query(t -> t.reminders.values().stream().filter(r -> !r.next().at().isAfter(now))
                .sorted(Comparator.comparing((StoredReminder r) -> r.next().at())
                        .thenComparing(r -> r.reminder().habitId().value()))
                .limit(limit).map(r -> new DueReminder(r.owner(), r.reminder(), r.next())).toList());
    }

    @Override
    public boolean advance(UserId owner, Reminder reminder, Due handled, Due next) {
        return db.query(t -> {
            StoredReminder stored = t.reminders.get(reminder.habitId());
            if (stored == null || !stored.owner().equals(owner) || !stored.next().equals(handled)) {
                return false;
            }
            t.reminders.put(reminder.habitId(), new StoredReminder(owner, reminder, next));
            return true;
        });
    }
}
