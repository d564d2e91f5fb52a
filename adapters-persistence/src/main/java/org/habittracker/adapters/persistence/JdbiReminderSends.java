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
    /** Oldest first and bounded, so one round never deletes a backlog in one long statement. */
    private static final String FORGET = "DELETE FROM reminder_sends WHERE ctid IN (SELECT ctid FROM reminder_sends "
            + "WHERE claimed_at < :before ORDER BY claimed_at LIMIT :limit)";

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

    @Override
    public int forgetClaimedBefore(Instant before, int limit) {
        return jdbi.withHandle(handle -> handle.createUpdate(FORGET)
                .bind("before", Timestamps.utc(before))
                .bind("limit", limit)
                .execute());
    }
}
