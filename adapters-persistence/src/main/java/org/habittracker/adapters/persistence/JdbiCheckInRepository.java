package org.habittracker.adapters.persistence;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Check-ins in {@code check_ins}, one row per habit and day; every statement names the owner. */
final class JdbiCheckInRepository implements CheckInRepository {

    /**
     * Leads every check-in change: the habit's checkpoint of that day or later no longer describes its
     * history ({@link org.habittracker.application.port.out.ProgressCheckpointRepository}). In the same
     * statement, so no path can change a check-in and keep a stale checkpoint.
     */
    private static final String DROP_STALE_CHECKPOINT = "WITH dropped AS (DELETE FROM habit_progress "
            + "WHERE habit_id = :habit AND owner_id = :owner AND as_of >= :day) ";

    /**
     * One statement that checks ownership and writes: the row comes from the owner's habit or not at all,
     * and a concurrent record of the same day turns into an update instead of a key violation.
     */
    private static final String UPSERT = DROP_STALE_CHECKPOINT
            + "INSERT INTO check_ins (habit_id, owner_id, day, status, amount, note) "
            + "SELECT h.id, h.owner_id, :day, :status, :amount, :note FROM habits h "
            + "WHERE h.id = :habit AND h.owner_id = :owner "
            + "ON CONFLICT (habit_id, day) DO UPDATE "
            + "SET status = excluded.status, amount = excluded.amount, note = excluded.note";
    private static final String DELETE = DROP_STALE_CHECKPOINT
            + "DELETE FROM check_ins WHERE habit_id = :habit AND owner_id = :owner AND day = :day";
    private static final String FIND_BY_HABIT = "SELECT habit_id, day, status, amount, note FROM check_ins "
            + "WHERE habit_id = :habit AND owner_id = :owner AND day BETWEEN :from AND :to ORDER BY day";

    private static final RowMapper<CheckIn> CHECK_IN = (rs, ctx) -> new CheckIn(
            new HabitId(rs.getObject("habit_id", UUID.class)),
            rs.getObject("day", LocalDate.class),
            CheckInStatus.valueOf(rs.getString("status")),
            Optional.ofNullable(rs.getBigDecimal("amount")),
            rs.getString("note"));

    /** The board's query: served in order by the (owner_id, habit_id, day) index. */
    static final String ALL_BY_OWNER = "SELECT habit_id, day, status, amount, note FROM check_ins "
            + "WHERE owner_id = :owner ORDER BY habit_id, day";

    /** A range scan of the primary key per habit: the rows after each habit's day, never its older history. */
    static final String AFTER_EACH = "SELECT c.habit_id, c.day, c.status, c.amount, c.note "
            + "FROM unnest(CAST(:habits AS uuid[]), CAST(:days AS date[])) AS a(habit_id, after) "
            + "JOIN check_ins c ON c.habit_id = a.habit_id AND c.day > a.after "
            + "WHERE c.owner_id = :owner ORDER BY c.habit_id, c.day";

    private final GuardedJdbi jdbi;

    JdbiCheckInRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean upsert(UserId owner, CheckIn checkIn) {
        return jdbi.withHandle(handle -> handle.createUpdate(UPSERT)
                .bind("owner", owner.value())
                .bind("habit", checkIn.habitId().value())
                .bind("day", checkIn.day())
                .bind("status", checkIn.status().name())
                .bind("amount", checkIn.amount().orElse(null))
                .bind("note", checkIn.note())
                .execute()) > 0;
    }

    @Override
    public boolean delete(UserId owner, HabitId habit, LocalDate day) {
        return jdbi.withHandle(handle -> handle.createUpdate(DELETE)
                .bind("owner", owner.value())
                .bind("habit", habit.value())
                .bind("day", day)
                .execute()) > 0;
    }

    @Override
    public List<CheckIn> findByHabit(UserId owner, HabitId habit, LocalDate from, LocalDate to) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_BY_HABIT)
                .bind("owner", owner.value())
                .bind("habit", habit.value())
                .bind("from", from)
                .bind("to", to)
                .map(CHECK_IN)
                .collect(toUnmodifiableList()));
    }

    /**
     * Reduced straight off the result set into one list per habit: a busy owner has hundreds of thousands of
     * rows, so this shares one {@link HabitId} per habit instead of making one per row.
     */
    @Override
    public Map<HabitId, List<CheckIn>> findAllByOwner(UserId owner) {
        return byHabit(jdbi.withHandle(handle -> handle.createQuery(ALL_BY_OWNER)
                .bind("owner", owner.value())
                .reduceResultSet(new LinkedHashMap<HabitId, List<CheckIn>>(), JdbiCheckInRepository::accumulate)));
    }

    @Override
    public Map<HabitId, List<CheckIn>> findAfter(UserId owner, Map<HabitId, LocalDate> after) {
        UUID[] habits = new UUID[after.size()];
        String[] days = new String[after.size()];
        int i = 0;
        for (Map.Entry<HabitId, LocalDate> entry : after.entrySet()) {
            habits[i] = entry.getKey().value();
            days[i++] = entry.getValue().toString();
        }
        return byHabit(jdbi.withHandle(handle -> handle.createQuery(AFTER_EACH)
                .bind("owner", owner.value())
                .bind("habits", habits)
                .bind("days", days)
                .reduceResultSet(new LinkedHashMap<HabitId, List<CheckIn>>(), JdbiCheckInRepository::accumulate)));
    }

    private static Map<HabitId, List<CheckIn>> byHabit(Map<HabitId, List<CheckIn>> byHabit) {
        byHabit.replaceAll((habit, checkIns) -> Collections.unmodifiableList(checkIns));
        return Collections.unmodifiableMap(byHabit);
    }

    private static LinkedHashMap<HabitId, List<CheckIn>> accumulate(LinkedHashMap<HabitId, List<CheckIn>> byHabit,
            ResultSet rs, StatementContext ctx) throws SQLException {
        UUID habitValue = rs.getObject(1, UUID.class);
        List<CheckIn> checkIns = byHabit.isEmpty() ? null : byHabit.lastEntry().getValue();
        HabitId habit = checkIns == null ? null : checkIns.getFirst().habitId();
        if (habit == null || !habit.value().equals(habitValue)) {
            habit = new HabitId(habitValue);
            checkIns = new ArrayList<>();
            byHabit.put(habit, checkIns);
        }
        checkIns.add(new CheckIn(habit, rs.getObject(2, LocalDate.class), CheckInStatus.valueOf(rs.getString(3)),
                Optional.ofNullable(rs.getBigDecimal(4)), rs.getString(5)));
        return byHabit;
    }
}
