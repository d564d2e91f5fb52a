package org.habittracker.adapters.persistence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Milestones in {@code milestones}: the first record of each kind per habit stays, with its day. */
final class JdbiMilestoneRepository implements MilestoneRepository {
    private static final Comparator<Milestone> BY_DAY_THEN_KIND = Comparator.comparing(Milestone::reachedOn)
            .thenComparing(Milestone::kind);

    @RegisterConstructorMapper(MilestoneRow.class)
    interface Sql {
        /** Writes only under the owner's habit; a kind already recorded keeps its first day. */
        @SqlUpdate("INSERT INTO milestones (habit_id, owner_id, kind, reached_on) "
                + "SELECT h.id, h.owner_id, :kind, :reachedOn FROM habits h "
                + "WHERE h.id = :habit AND h.owner_id = :owner "
                + "ON CONFLICT (habit_id, kind) DO NOTHING")
        int insertIfNew(UUID owner, UUID habit, String kind, LocalDate reachedOn);

        @SqlQuery("SELECT kind, reached_on FROM milestones WHERE habit_id = :habit AND owner_id = :owner")
        List<MilestoneRow> findByHabit(UUID owner, UUID habit);
    }

    public record MilestoneRow(String kind, LocalDate reachedOn) {
        Milestone toMilestone() {
            return new Milestone(MilestoneKind.valueOf(kind), reachedOn);
        }
    }

    private final GuardedJdbi jdbi;

    JdbiMilestoneRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void recordNew(UserId owner, HabitId habit, List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return;
        }
        // At most eight rows; one handle for all of them.
        jdbi.useExtension(Sql.class, sql -> milestones.forEach(milestone ->
                sql.insertIfNew(owner.value(), habit.value(), milestone.kind().name(), milestone.reachedOn())));
    }

    @Override
    public List<Milestone> findByHabit(UserId owner, HabitId habit) {
        return jdbi.withExtension(Sql.class, sql -> sql.findByHabit(owner.value(), habit.value())).stream()
                .map(MilestoneRow::toMilestone)
                .sorted(BY_DAY_THEN_KIND)
                .toList();
    }
}
