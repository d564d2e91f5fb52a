package org.habittracker.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.statement.Update;

/**
 * One row of {@code habits}. The schedule and the goal are spread over typed columns, one shape per type,
 * so that the table's CHECK constraints can guard them; null marks a column the shape does not use.
 */
record HabitRow(
        UUID id,
        UUID ownerId,
        String name,
        String description,
        String color,
        String emoji,
        String scheduleType,
        Integer scheduleTimes,
        Integer scheduleDays,
        Integer scheduleWeekdays,
        String goalType,
        BigDecimal goalTarget,
        String goalUnit,
        String goalDirection,
        LocalDate startDate,
        Integer commitmentDays,
        boolean archived,
        int position,
        OffsetDateTime createdAt) {

    static final String COLUMNS = "id, owner_id, name, description, color, emoji, schedule_type, schedule_times, "
            + "schedule_days, schedule_weekdays, goal_type, goal_target, goal_unit, goal_direction, start_date, "
            + "commitment_days, archived, position, created_at";

    /** The row under the cursor, read by column name. */
    static HabitRow read(ResultSet rs) throws SQLException {
        return new HabitRow(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
                rs.getString("name"), rs.getString("description"), rs.getString("color"), rs.getString("emoji"),
                rs.getString("schedule_type"), rs.getObject("schedule_times", Integer.class),
                rs.getObject("schedule_days", Integer.class), rs.getObject("schedule_weekdays", Integer.class),
                rs.getString("goal_type"), rs.getBigDecimal("goal_target"), rs.getString("goal_unit"),
                rs.getString("goal_direction"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("commitment_days", Integer.class), rs.getBoolean("archived"), rs.getInt("position"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    /** Binds every column as the parameter named after its component: {@code :ownerId} for {@code owner_id}. */
    Update bindTo(Update update) {
        return update.bind("id", id).bind("ownerId", ownerId).bind("name", name).bind("description", description)
                .bind("color", color).bind("emoji", emoji)
                .bind("scheduleType", scheduleType).bind("scheduleTimes", scheduleTimes)
                .bind("scheduleDays", scheduleDays).bind("scheduleWeekdays", scheduleWeekdays)
                .bind("goalType", goalType).bind("goalTarget", goalTarget).bind("goalUnit", goalUnit)
                .bind("goalDirection", goalDirection)
                .bind("startDate", startDate).bind("commitmentDays", commitmentDays)
                .bind("archived", archived).bind("position", position).bind("createdAt", createdAt);
    }

    private record ScheduleColumns(String type, Integer times, Integer days, Integer weekdays) {
    }

    private record GoalColumns(String type, BigDecimal target, String unit, String direction) {
    }

    static HabitRow of(Habit habit) {
        ScheduleColumns schedule = columns(habit.schedule());
        GoalColumns goal = columns(habit.goal());
        return new HabitRow(habit.id().value(), habit.owner().value(), habit.name(), habit.description(),
                habit.color().value(), habit.emoji().orElse(null),
                schedule.type(), schedule.times(), schedule.days(), schedule.weekdays(),
                goal.type(), goal.target(), goal.unit(), goal.direction(),
                habit.startDate(),
                habit.commitmentDays().isPresent() ? habit.commitmentDays().getAsInt() : null,
                habit.archived(), habit.position(), Timestamps.utc(habit.createdAt()));
    }

    Habit toHabit() {
        return new Habit(new HabitId(id), new UserId(ownerId), name, description, new HexColor(color),
                Optional.ofNullable(emoji), schedule(), goal(), startDate,
                commitmentDays == null ? OptionalInt.empty() : OptionalInt.of(commitmentDays),
                archived, position, Timestamps.instant(createdAt));
    }

    private static ScheduleColumns columns(Schedule schedule) {
        return switch (schedule) {
            case Schedule.Daily daily -> new ScheduleColumns("DAILY", null, null, null);
            case Schedule.Weekdays weekdays -> new ScheduleColumns("WEEKDAYS", null, null, mask(weekdays.days()));
            case Schedule.TimesPerWindow window ->
                    new ScheduleColumns("TIMES_PER_WINDOW", window.times(), window.days(), null);
            case Schedule.TimesPerWeek week -> new ScheduleColumns("TIMES_PER_WEEK", week.times(), null, null);
            case Schedule.TimesPerMonth month -> new ScheduleColumns("TIMES_PER_MONTH", month.times(), null, null);
        };
    }

    private Schedule schedule() {
        return switch (scheduleType) {
            case "DAILY" -> new Schedule.Daily();
            case "WEEKDAYS" -> new Schedule.Weekdays(days(scheduleWeekdays));
            case "TIMES_PER_WINDOW" -> new Schedule.TimesPerWindow(scheduleTimes, scheduleDays);
            case "TIMES_PER_WEEK" -> new Schedule.TimesPerWeek(scheduleTimes);
            case "TIMES_PER_MONTH" -> new Schedule.TimesPerMonth(scheduleTimes);
            default -> throw new IllegalStateException("habit " + id + " has an unknown schedule_type " + scheduleType);
        };
    }

    private static GoalColumns columns(Goal goal) {
        return switch (goal) {
            case Goal.YesNo yesNo -> new GoalColumns("YES_NO", null, null, null);
            case Goal.Measured measured ->
                    new GoalColumns("MEASURED", measured.target(), measured.unit(), measured.direction().name());
        };
    }

    private Goal goal() {
        return switch (goalType) {
            case "YES_NO" -> new Goal.YesNo();
            case "MEASURED" -> new Goal.Measured(goalTarget, goalUnit, Goal.Direction.valueOf(goalDirection));
            default -> throw new IllegalStateException("habit " + id + " has an unknown goal_type " + goalType);
        };
    }

    /** Bit 0 is Monday … bit 6 is Sunday. */
    static int mask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    static Set<DayOfWeek> days(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }
}
