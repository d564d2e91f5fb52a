package org.habittracker.adapters.persistence;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.mapper.RowMapper;

/** Habits in the {@code habits} table; every statement names the owner. */
final class JdbiHabitRepository implements HabitRepository {
    private static final String INSERT = "INSERT INTO habits (" + HabitRow.COLUMNS + ") VALUES (:id, :ownerId, :name, "
            + ":description, :color, :emoji, :scheduleType, :scheduleTimes, :scheduleDays, :scheduleWeekdays, "
            + ":goalType, :goalTarget, :goalUnit, :goalDirection, :startDate, :commitmentDays, :archived, :position, "
            + ":createdAt)";
    private static final String UPDATE = "UPDATE habits SET name = :name, description = :description, "
            + "color = :color, emoji = :emoji, "
            + "schedule_type = :scheduleType, schedule_times = :scheduleTimes, schedule_days = :scheduleDays, "
            + "schedule_weekdays = :scheduleWeekdays, goal_type = :goalType, goal_target = :goalTarget, "
            + "goal_unit = :goalUnit, goal_direction = :goalDirection, start_date = :startDate, "
            + "commitment_days = :commitmentDays, archived = :archived, position = :position, "
            + "created_at = :createdAt WHERE id = :id AND owner_id = :ownerId";
    private static final String FIND = "SELECT " + HabitRow.COLUMNS + " FROM habits WHERE id = :id AND owner_id = :owner";
    private static final String FIND_ALL = "SELECT " + HabitRow.COLUMNS + " FROM habits WHERE owner_id = :owner "
            + "ORDER BY position, created_at, id";
    private static final String COUNT = "SELECT count(*) FROM habits WHERE owner_id = :owner";
    private static final String DELETE = "DELETE FROM habits WHERE id = :id AND owner_id = :owner";
    /** Position = index in the list; when an id is listed twice its last place wins. */
    private static final String REORDER = "UPDATE habits AS h SET position = o.position "
            + "FROM (SELECT DISTINCT ON (u.id) u.id, u.ordinality - 1 AS position "
            + "      FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS u(id, ordinality) "
            + "      ORDER BY u.id, u.ordinality DESC) AS o "
            + "WHERE h.id = o.id AND h.owner_id = :owner";

    private static final RowMapper<Habit> HABIT = (rs, ctx) -> HabitRow.read(rs).toHabit();

    private final GuardedJdbi jdbi;

    JdbiHabitRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Habit habit) {
        jdbi.useHandle(handle -> HabitRow.of(habit).bindTo(handle.createUpdate(INSERT)).execute());
    }

    @Override
    public boolean update(Habit habit) {
        return jdbi.withHandle(handle -> HabitRow.of(habit).bindTo(handle.createUpdate(UPDATE)).execute()) > 0;
    }

    @Override
    public Optional<Habit> find(UserId owner, HabitId id) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND)
                .bind("id", id.value())
                .bind("owner", owner.value())
                .map(HABIT)
                .findOne());
    }

    @Override
    public List<Habit> findAll(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_ALL)
                .bind("owner", owner.value())
                .map(HABIT)
                .collect(toUnmodifiableList()));
    }

    @Override
    public int count(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery(COUNT)
                .bind("owner", owner.value())
                .map((rs, ctx) -> rs.getInt(1))
                .one());
    }

    @Override
    public boolean delete(UserId owner, HabitId id) {
        return jdbi.withHandle(handle -> handle.createUpdate(DELETE)
                .bind("id", id.value())
                .bind("owner", owner.value())
                .execute()) > 0;
    }

    @Override
    public void reorder(UserId owner, List<HabitId> order) {
        if (order.isEmpty()) {
            return;
        }
        UUID[] ids = order.stream().map(HabitId::value).toArray(UUID[]::new);
        jdbi.useHandle(handle -> handle.createUpdate(REORDER)
                .bind("ids", ids)
                .bind("owner", owner.value())
                .execute());
    }
}
