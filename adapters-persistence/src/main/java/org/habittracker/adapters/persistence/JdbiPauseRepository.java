package org.habittracker.adapters.persistence;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * Vacations in {@code pauses}. A pause of one habit references (habit, owner) together, so it can only
 * be written for a habit the owner has.
 */
final class JdbiPauseRepository implements PauseRepository {
    private static final String INSERT = "INSERT INTO pauses (id, owner_id, habit_id, from_day, to_day) "
            + "VALUES (:id, :ownerId, :habitId, :fromDay, :toDay)";
    private static final String FIND_ALL = "SELECT id, owner_id, habit_id, from_day, to_day FROM pauses "
            + "WHERE owner_id = :owner ORDER BY from_day, to_day, id";
    private static final String DELETE = "DELETE FROM pauses WHERE id = :id AND owner_id = :owner";

    private static final RowMapper<Pause> PAUSE = (rs, ctx) -> new Pause(
            new PauseId(rs.getObject("id", UUID.class)),
            new UserId(rs.getObject("owner_id", UUID.class)),
            Optional.ofNullable(rs.getObject("habit_id", UUID.class)).map(HabitId::new),
            rs.getObject("from_day", LocalDate.class),
            rs.getObject("to_day", LocalDate.class));

    private final GuardedJdbi jdbi;

    JdbiPauseRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Pause pause) {
        jdbi.useHandle(handle -> {
            Update insert = handle.createUpdate(INSERT)
                    .bind("id", pause.id().value())
                    .bind("ownerId", pause.owner().value())
                    .bind("fromDay", pause.from())
                    .bind("toDay", pause.to());
            // A pause of every habit has no habit: an untyped null, which PostgreSQL reads as the column's type
            // (JDBI's core would send a null UUID as a varchar, which a uuid column refuses).
            pause.habitId().ifPresentOrElse(habit -> insert.bind("habitId", habit.value()),
                    () -> insert.bindNull("habitId", Types.OTHER));
            insert.execute();
        });
    }

    @Override
    public List<Pause> findAll(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_ALL)
                .bind("owner", owner.value())
                .map(PAUSE)
                .collect(toUnmodifiableList()));
    }

    @Override
    public boolean delete(UserId owner, PauseId id) {
        return jdbi.withHandle(handle -> handle.createUpdate(DELETE)
                .bind("id", id.value())
                .bind("owner", owner.value())
                .execute()) > 0;
    }
}
