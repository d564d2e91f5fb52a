package org.habittracker.adapters.persistence;

import java.time.Instant;
import org.habittracker.application.port.out.ReminderSends;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.UserId;

/**
 * The at-most-once record in {@code reminder_sends}: the primary key (habit, send key) lets exactly one
 * {@code INSERT … ON CONFLICT DO NOTHING} of a send insert a row, whichever transaction or host runs it; the
 * others wait for it to commit and then insert nothing.
 */
final class JdbiReminderSends implements ReminderSends {
    private static final String CLAIM = "INSERT INTO reminder_sends (habit_id, owner_id, send_key, claimed_at) "
            + "VALUES (:habitId, :ownerId, :sendKey, :claimedAt) ON CONFLICT DO NOTHING";

    private final GuardedJdbi jdbi;

    JdbiReminderSends(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean claim(UserId owner, HabitId habit, Due due, Instant claimedAt) {
        return jdbi.withHandle(handle -> handle.createUpdate(CLAIM)
                .bind("habitId", habit.value())
                .bind("ownerId", owner.value())
                .bind("sendKey", due.key())
                .bind("claimedAt", Timestamps.utc(claimedAt))
                .execute()) == 1;
    }
}
