package org.habittracker.adapters.persistence;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.port.out.UsernameTakenException;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Accounts in the {@code users} table; deleting one cascades to everything the user owns. */
final class JdbiUserRepository implements UserRepository {
    private static final String COLUMNS = "id, username, password_hash, time_zone, day_start_hour, week_start, created_at";

    @RegisterConstructorMapper(UserRow.class)
    interface Sql {
        /** 0 when the name is taken: ON CONFLICT keeps a surrounding transaction usable, unlike an error. */
        @SqlUpdate("INSERT INTO users (" + COLUMNS + ") VALUES (:id, :username, :passwordHash, :timeZone, "
                + ":dayStartHour, :weekStart, :createdAt) ON CONFLICT (username) DO NOTHING")
        int insert(@BindMethods UserRow row);

        @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
        Optional<UserRow> findById(UUID id);

        @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE username = :username")
        Optional<UserRow> findByUsername(String username);

        @SqlUpdate("UPDATE users SET time_zone = :timeZone, day_start_hour = :dayStartHour, week_start = :weekStart "
                + "WHERE id = :id")
        int updateSettings(UUID id, String timeZone, int dayStartHour, String weekStart);

        @SqlUpdate("DELETE FROM users WHERE id = :id")
        int delete(UUID id);
    }

    public record UserRow(UUID id, String username, String passwordHash, String timeZone, int dayStartHour,
            String weekStart, OffsetDateTime createdAt) {

        static UserRow of(User user) {
            UserSettings settings = user.settings();
            return new UserRow(user.id().value(), user.username().value(), user.passwordHash(),
                    settings.timeZone().getId(), settings.dayStartHour(), settings.weekStart().name(),
                    Timestamps.utc(user.createdAt()));
        }

        User toUser() {
            UserSettings settings = new UserSettings(ZoneId.of(timeZone), dayStartHour, DayOfWeek.valueOf(weekStart));
            return new User(new UserId(id), new Username(username), passwordHash, settings,
                    Timestamps.instant(createdAt));
        }
    }

    private final GuardedJdbi jdbi;

    JdbiUserRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(User user) {
        int inserted = jdbi.withExtension(Sql.class, sql -> sql.insert(UserRow.of(user)));
        if (inserted == 0) {
            throw new UsernameTakenException(user.username().value());
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return jdbi.withExtension(Sql.class, sql -> sql.findById(id.value())).map(UserRow::toUser);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return jdbi.withExtension(Sql.class, sql -> sql.findByUsername(username.value())).map(UserRow::toUser);
    }

    @Override
    public boolean updateSettings(UserId id, UserSettings settings) {
        return jdbi.withExtension(Sql.class, sql -> sql.updateSettings(id.value(), settings.timeZone().getId(),
                settings.dayStartHour(), settings.weekStart().name())) > 0;
    }

    @Override
    public boolean delete(UserId id) {
        return jdbi.withExtension(Sql.class, sql -> sql.delete(id.value())) > 0;
    }
}
