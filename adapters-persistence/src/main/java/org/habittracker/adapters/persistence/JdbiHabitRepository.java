package org.habittracker.adapters.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Habits in the {@code habits} table; every statement names the owner. */
final class JdbiHabitRepository implements HabitRepository {

    @RegisterConstructorMapper(HabitRow.class)
    interface Sql {
        @SqlUpdate("INSERT INTO habits (" + HabitRow.COLUMNS + ") VALUES (:id, :ownerId, :name, :description, :color, "
                + ":emoji, :scheduleType, :scheduleTimes, :scheduleDays, :scheduleWeekdays, :goalType, :goalTarget, "
                + ":goalUnit, :goalDirection, :startDate, :commitmentDays, :archived, :position, :createdAt)")
        void insert(@BindMethods HabitRow row);

        @SqlUpdate("UPDATE habits SET name = :name, description = :description, color = :color, emoji = :emoji, "
                + "schedule_type = :scheduleType, schedule_times = :scheduleTimes, schedule_days = :scheduleDays, "
                + "schedule_weekdays = :scheduleWeekdays, goal_type = :goalType, goal_target = :goalTarget, "
                + "goal_unit = :goalUnit, goal_direction = :goalDirection, start_date = :startDate, "
                + "commitment_days = :commitmentDays, archived = :archived, position = :position, "
                + "created_at = :createdAt WHERE id = :id AND owner_id = :ownerId")
        int update(@BindMethods HabitRow row);

        @SqlQuery("SELECT " + HabitRow.COLUMNS + " FROM habits WHERE id = :id AND owner_id = :owner")
        Optional<HabitRow> find(UUID owner, UUID id);

        @SqlQuery("SELECT " + HabitRow.COLUMNS + " FROM habits WHERE owner_id = :owner "
                + "ORDER BY position, created_at, id")
        List<HabitRow> findAll(UUID owner);

        @SqlQuery("SELECT count(*) FROM habits WHERE owner_id = :owner")
        int count(UUID owner);

        @SqlUpdate("DELETE FROM habits WHERE id = :id AND owner_id = :owner")
        int delete(UUID owner, UUID id);

        /** Position = index in the list; when an id is listed twice its last place wins. */
        @SqlUpdate("UPDATE habits AS h SET position = o.position "
                + "FROM (SELECT DISTINCT ON (u.id) u.id, u.ordinality - 1 AS position "
                + "      FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS u(id, ordinality) "
                + "      ORDER BY u.id, u.ordinality DESC) AS o "
                + "WHERE h.id = o.id AND h.owner_id = :owner")
        int reorder(UUID owner, UUID[] ids);
    }

    private final GuardedJdbi jdbi;

    JdbiHabitRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Habit habit) {
        jdbi.useExtension(Sql.class, sql -> sql.insert(HabitRow.of(habit)));
    }

    @Override
    public boolean update(Habit habit) {
        return jdbi.withExtension(Sql.class, sql -> sql.update(HabitRow.of(habit))) > 0;
    }

    @Override
    public Optional<Habit> find(UserId owner, HabitId id) {
        return jdbi.withExtension(Sql.class, sql -> sql.find(owner.value(), id.value())).map(HabitRow::toHabit);
    }

    @Override
    public List<Habit> findAll(UserId owner) {
        return jdbi.withExtension(Sql.class, sql -> sql.findAll(owner.value())).stream().map(HabitRow::toHabit)
                .toList();
    }

    @Override
    public int count(UserId owner) {
        return jdbi.withExtension(Sql.class, sql -> sql.count(owner.value()));
    }

    @Override
    public boolean delete(UserId owner, HabitId id) {
        return jdbi.withExtension(Sql.class, sql -> sql.delete(owner.value(), id.value())) > 0;
    }

    @Override
    public void reorder(UserId owner, List<HabitId> order) {
        if (order.isEmpty()) {
            return;
        }
        UUID[] ids = order.stream().map(HabitId::value).toArray(UUID[]::new);
        jdbi.useExtension(Sql.class, sql -> sql.reorder(owner.value(), ids));
    }
}
