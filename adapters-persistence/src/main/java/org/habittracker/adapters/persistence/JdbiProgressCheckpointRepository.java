package org.habittracker.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.user.UserId;

/**
 * Checkpoints in {@code habit_progress}, one row per habit. {@link JdbiCheckInRepository} drops a row whose day
 * a check-in change reaches, in the change's own statement.
 */
final class JdbiProgressCheckpointRepository implements ProgressCheckpointRepository {
    private static final String FIND_ALL = "SELECT habit_id, as_of, inputs, carried_score, score_window, "
            + "counted_days, open_streak, settled_runs, best_streak, satisfied_days FROM habit_progress "
            + "WHERE owner_id = :owner";
    /** Writes only under the owner's habit. */
    private static final String UPSERT = "INSERT INTO habit_progress (habit_id, owner_id, as_of, inputs, "
            + "carried_score, score_window, counted_days, open_streak, settled_runs, best_streak, satisfied_days) "
            + "SELECT h.id, h.owner_id, :asOf, :inputs, :score, :window, :counted, :streak, :settled, :best, "
            + ":satisfied FROM habits h "
            + "WHERE h.id = :habit AND h.owner_id = :owner "
            + "ON CONFLICT (habit_id) DO UPDATE SET as_of = excluded.as_of, inputs = excluded.inputs, "
            + "carried_score = excluded.carried_score, score_window = excluded.score_window, "
            + "counted_days = excluded.counted_days, open_streak = excluded.open_streak, "
            + "settled_runs = excluded.settled_runs, best_streak = excluded.best_streak, "
            + "satisfied_days = excluded.satisfied_days";

    private final GuardedJdbi jdbi;

    JdbiProgressCheckpointRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<HabitId, ProgressCheckpoint> findAll(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_ALL)
                .bind("owner", owner.value())
                .map((rs, ctx) -> Map.entry(new HabitId(rs.getObject("habit_id", UUID.class)),
                        new ProgressCheckpoint(rs.getObject("as_of", LocalDate.class), rs.getString("inputs"),
                                rs.getDouble("carried_score"), window(rs.getString("score_window")),
                                rs.getInt("counted_days"), rs.getInt("open_streak"),
                                SettledRunsText.parse(rs.getString("settled_runs")), reached(rs))))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public void save(UserId owner, HabitId habit, ProgressCheckpoint checkpoint) {
        jdbi.useHandle(handle -> handle.createUpdate(UPSERT)
                .bind("owner", owner.value())
                .bind("habit", habit.value())
                .bind("asOf", checkpoint.asOf())
                .bind("inputs", checkpoint.inputs())
                .bind("score", checkpoint.carriedScore())
                .bind("window", checkpoint.window().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .bind("counted", checkpoint.countedDays())
                .bind("streak", checkpoint.openStreak())
                .bind("settled", SettledRunsText.format(checkpoint.settled()))
                .bindByType("best", checkpoint.reached().map(ProgressCheckpoint.Reached::bestStreak).orElse(null),
                        Integer.class)
                .bindByType("satisfied", checkpoint.reached().map(ProgressCheckpoint.Reached::satisfiedDays)
                        .orElse(null), Integer.class)
                .execute());
    }

    /** Both columns or neither (a constraint keeps them together). */
    private static Optional<ProgressCheckpoint.Reached> reached(ResultSet rs) throws SQLException {
        int best = rs.getInt("best_streak");
        return rs.wasNull() ? Optional.empty()
                : Optional.of(new ProgressCheckpoint.Reached(best, rs.getInt("satisfied_days")));
    }

    private static List<Long> window(String values) {
        return values.isEmpty() ? List.of() : Arrays.stream(values.split(",")).map(Long::valueOf).toList();
    }
}
