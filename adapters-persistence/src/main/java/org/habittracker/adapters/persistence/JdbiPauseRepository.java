package org.habittracker.adapters.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Vacations in {@code pauses}. A pause of one habit references (habit, owner) together, so it can only
 * be written for a habit the owner has.
 */
final class JdbiPauseRepository implements PauseRepository {

    @RegisterConstructorMapper(PauseRow.class)
    interface Sql {
        @SqlUpdate("INSERT INTO pauses (id, owner_id, habit_id, from_day, to_day) "
                + "VALUES (:id, :ownerId, :habitId, :fromDay, :toDay)")
        void insert(@BindMethods PauseRow row);

        @SqlQuery("SELECT id, owner_id, habit_id, from_day, to_day FROM pauses WHERE owner_id = :owner "
                + "ORDER BY from_day, to_day, id")
        List<PauseRow> findAll(UUID owner);

        @SqlUpdate("DELETE FROM pauses WHERE id = :id AND owner_id = :owner")
        int delete(UUID owner, UUID id);
    }

    public record PauseRow(UUID id, UUID ownerId, UUID habitId, LocalDate fromDay, LocalDate toDay) {
        static PauseRow of(Pause pause) {
            return new PauseRow(pause.id().value(), pause.owner().value(),
                    pause.habitId().map(HabitId::value).orElse(null), pause.from(), pause.to());
        }

        Pause toPause() {
            return new Pause(new PauseId(id), new UserId(ownerId), Optional.ofNullable(habitId).map(HabitId::new),
                    fromDay, toDay);
        }
    }

    private final GuardedJdbi jdbi;

    JdbiPauseRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Pause pause) {
        jdbi.useExtension(Sql.class, sql -> sql.insert(PauseRow.of(pause)));
    }

    @Override
    public List<Pause> findAll(UserId owner) {
        return jdbi.withExtension(Sql.class, sql -> sql.findAll(owner.value())).stream().map(PauseRow::toPause)
                .toList();
    }

    @Override
    public boolean delete(UserId owner, PauseId id) {
        return jdbi.withExtension(Sql.class, sql -> sql.delete(owner.value(), id.value())) > 0;
    }
}
