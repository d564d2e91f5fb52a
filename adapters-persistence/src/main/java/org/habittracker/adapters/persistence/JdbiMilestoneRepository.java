package org.habittracker.adapters.persistence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Milestones in {@code milestones}: the first record of each kind per habit stays, with its day. */
final class JdbiMilestoneRepository implements MilestoneRepository {
    private static final Comparator<Milestone> BY_DAY_THEN_KIND = Comparator.comparing(Milestone::reachedOn)
            .thenComparing(Milestone::kind);

    /** Writes only under the owner's habit; a kind already recorded keeps its first day. */
    private static final String INSERT_IF_NEW = "INSERT INTO milestones (habit_id, owner_id, kind, reached_on) "
            + "SELECT h.id, h.owner_id, :kind, :reachedOn FROM habits h "
            + "WHERE h.id = :habit AND h.owner_id = :owner "
            + "ON CONFLICT (habit_id, kind) DO NOTHING";
    private static final String FIND_BY_HABIT = "SELECT kind, reached_on FROM milestones "
            + "WHERE habit_id = :habit AND owner_id = :owner";

    private static final RowMapper<Milestone> MILESTONE = (rs, ctx) -> new Milestone(
            MilestoneKind.valueOf(rs.getString("kind")), rs.getObject("reached_on", LocalDate.class));

    private final GuardedJdbi jdbi;

    JdbiMilestoneRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void recordNew(UserId owner, HabitId habit, List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return;
        }
        // At most eight rows, sent as one batch: one round trip however many a write reached.
        jdbi.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT_IF_NEW);
            milestones.forEach(milestone -> batch
                    .bind("owner", owner.value())
                    .bind("habit", habit.value())
                    .bind("kind", milestone.kind().name())
                    .bind("reachedOn", milestone.reachedOn())
                    .add());
            batch.execute();
        });
    }

    @Override
    public List<Milestone> findByHabit(UserId owner, HabitId habit) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_BY_HABIT)
                .bind("habit", habit.value())
                .bind("owner", owner.value())
                .map(MILESTONE)
                .list())
                .stream()
                .sorted(BY_DAY_THEN_KIND)
                .toList();
    }
}
