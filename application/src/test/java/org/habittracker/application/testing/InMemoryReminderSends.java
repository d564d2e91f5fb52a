package org.habittracker.application.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.habittracker.application.port.out.ReminderSends;
import org.habittracker.application.testing.InMemoryDatabase.SendKey;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.UserId;

/** The send record in memory: the first claim of a key wins, as with the table's unique key. */
public final class InMemoryReminderSends implements ReminderSends {
    private final InMemoryDatabase db;

    public InMemoryReminderSends(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public boolean claim(UserId owner, HabitId habit, Due due, Instant claimedAt) {
        return db.query(t -> {
            if (!t.ownsHabit(owner, habit)) {
                throw new IllegalStateException("foreign key violated: owner has no habit " + habit);
            }
            return t.reminderSends.putIfAbsent(new SendKey(habit, due.key()), claimedAt) == null;
        });
    }

    @Override
    public int forgetClaimedBefore(Instant before, int limit) {
        return db.query(t -> {
            List<SendKey> old = t.reminderSends.entrySet().stream().filter(e -> e.getValue().isBefore(before))
                    .sorted(Map.Entry.comparingByValue()).limit(limit).map(Map.Entry::getKey).toList();
            old.forEach(t.reminderSends::remove);
            return old.size();
        });
    }
}
