package org.habittracker.adapters.persistence;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Reminders in {@code reminders}, one per habit, with the next send beside them. The reminder references (habit,
 * owner) together, so it can only be written for a habit the owner has, and goes with it.
 */
final class JdbiReminderRepository implements ReminderRepository {
    private static final String COLUMNS = "habit_id, owner_id, time_of_day, days, snooze_until, snooze_day, "
            + "next_due_at, next_due_day, next_snoozed";
    private static final String UPSERT = "INSERT INTO reminders (" + COLUMNS + ") "
            + "VALUES (:habitId, :ownerId, :time, :days, :snoozeUntil, :snoozeDay, :nextAt, :nextDay, :nextSnoozed) "
            + "ON CONFLICT (habit_id) DO UPDATE SET time_of_day = EXCLUDED.time_of_day, days = EXCLUDED.days, "
            + "snooze_until = EXCLUDED.snooze_until, snooze_day = EXCLUDED.snooze_day, "
            + "next_due_at = EXCLUDED.next_due_at, next_due_day = EXCLUDED.next_due_day, "
            + "next_snoozed = EXCLUDED.next_snoozed WHERE reminders.owner_id = EXCLUDED.owner_id";
    private static final String FIND = "SELECT " + COLUMNS + " FROM reminders WHERE habit_id = :habitId "
            + "AND owner_id = :owner";
    private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM reminders WHERE owner_id = :owner "
            + "ORDER BY habit_id";
    private static final String DELETE = "DELETE FROM reminders WHERE habit_id = :habitId AND owner_id = :owner";
    /** A range scan of reminders_next_due_idx; the owner-less query is the scheduler's alone. */
    private static final String FIND_DUE = "SELECT " + COLUMNS + " FROM reminders WHERE next_due_at <= :now "
            + "ORDER BY next_due_at, habit_id LIMIT :limit";
    /** Only from the send handled: an edit or snooze committed meanwhile changed next_due_* and wins. */
    private static final String ADVANCE = "UPDATE reminders SET snooze_until = :snoozeUntil, snooze_day = :snoozeDay, "
            + "next_due_at = :nextAt, next_due_day = :nextDay, next_snoozed = :nextSnoozed "
            + "WHERE habit_id = :habitId AND owner_id = :ownerId AND next_due_at = :handledAt "
            + "AND next_due_day = :handledDay AND next_snoozed = :handledSnoozed";

    private static final RowMapper<DueReminder> ROW = (rs, ctx) -> new DueReminder(
            new UserId(rs.getObject("owner_id", UUID.class)), reminder(rs), new Due(
                    instant(rs, "next_due_at"), rs.getObject("next_due_day", LocalDate.class),
                    rs.getBoolean("next_snoozed")));

    private final GuardedJdbi jdbi;

    JdbiReminderRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Reminder reminder(ResultSet rs) throws SQLException {
        Optional<Reminder.Snooze> snooze = Optional.ofNullable(rs.getObject("snooze_until", OffsetDateTime.class))
                .map(Timestamps::instant)
                .map(until -> new Reminder.Snooze(until, snoozeDay(rs)));
        return new Reminder(new HabitId(rs.getObject("habit_id", UUID.class)),
                rs.getObject("time_of_day", LocalTime.class), days(rs.getInt("days")), snooze);
    }

    private static LocalDate snoozeDay(ResultSet rs) {
        try {
            return rs.getObject("snooze_day", LocalDate.class);
        } catch (SQLException e) {
            throw new IllegalStateException("snooze_day unreadable", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Timestamps.instant(rs.getObject(column, OffsetDateTime.class));
    }

    /** Monday = bit 0 … Sunday = bit 6. */
    static int bits(Set<DayOfWeek> days) {
        return days.stream().mapToInt(day -> 1 << (day.getValue() - 1)).sum();
    }

    static Set<DayOfWeek> days(int bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((bits & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    @Override
    public void save(UserId owner, Reminder reminder, Due next) {
        jdbi.useHandle(handle -> {
            var upsert = handle.createUpdate(UPSERT)
                    .bind("habitId", reminder.habitId().value())
                    .bind("ownerId", owner.value())
                    .bind("time", reminder.time())
                    .bind("days", (short) bits(reminder.days()));
            bindSnoozeAndNext(upsert, reminder, next);
            upsert.execute();
        });
    }

    private static void bindSnoozeAndNext(SqlStatement<?> statement, Reminder reminder, Due next) {
        reminder.snooze().ifPresentOrElse(snooze -> statement
                .bind("snoozeUntil", Timestamps.utc(snooze.until()))
                .bind("snoozeDay", snooze.day()), () -> statement
                .bindNull("snoozeUntil", Types.TIMESTAMP_WITH_TIMEZONE)
                .bindNull("snoozeDay", Types.DATE));
        statement.bind("nextAt", Timestamps.utc(next.at()))
                .bind("nextDay", next.day())
                .bind("nextSnoozed", next.snoozed());
    }

    @Override
    public Optional<Reminder> find(UserId owner, HabitId habit) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND)
                .bind("habitId", habit.value())
                .bind("owner", owner.value())
                .map(ROW)
                .findOne()
                .map(DueReminder::reminder));
    }

    @Override
    public List<Reminder> findAll(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_ALL)
                .bind("owner", owner.value())
                .map(ROW)
                .stream()
                .map(DueReminder::reminder)
                .collect(toUnmodifiableList()));
    }

    @Override
    public boolean delete(UserId owner, HabitId habit) {
        return jdbi.withHandle(handle -> handle.createUpdate(DELETE)
                .bind("habitId", habit.value())
                .bind("owner", owner.value())
                .execute()) > 0;
    }

    @Override
    public List<DueReminder> findDue(Instant now, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_DUE)
                .bind("now", Timestamps.utc(now))
                .bind("limit", limit)
                .map(ROW)
                .collect(toUnmodifiableList()));
    }

    @Override
    public boolean advance(UserId owner, Reminder reminder, Due handled, Due next) {
        return jdbi.withHandle(handle -> {
            var update = handle.createUpdate(ADVANCE)
                    .bind("habitId", reminder.habitId().value())
                    .bind("ownerId", owner.value())
                    .bind("handledAt", Timestamps.utc(handled.at()))
                    .bind("handledDay", handled.day())
                    .bind("handledSnoozed", handled.snoozed());
            bindSnoozeAndNext(update, reminder, next);
            return update.execute() > 0;
        });
    }
}
