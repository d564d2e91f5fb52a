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
import org.jdbi.v3.core.mapper.RowMapper;

/** Accounts in the {@code users} table; deleting one cascades to everything the user owns. */
final class JdbiUserRepository implements UserRepository {
    private static final String COLUMNS = "id, username, password_hash, time_zone, day_start_hour, week_start, created_at";

    /** 0 when the name is taken: ON CONFLICT keeps a surrounding transaction usable, unlike an error. */
    private static final String INSERT = "INSERT INTO users (" + COLUMNS + ") VALUES (:id, :username, :passwordHash, "
            + ":timeZone, :dayStartHour, :weekStart, :createdAt) ON CONFLICT (username) DO NOTHING";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM users WHERE id = :id";
    private static final String FIND_BY_USERNAME = "SELECT " + COLUMNS + " FROM users WHERE username = :username";
    private static final String UPDATE_SETTINGS = "UPDATE users SET time_zone = :timeZone, "
            + "day_start_hour = :dayStartHour, week_start = :weekStart WHERE id = :id";
    private static final String DELETE = "DELETE FROM users WHERE id = :id";

    private static final RowMapper<User> USER = (rs, ctx) -> new User(
            new UserId(rs.getObject("id", UUID.class)),
            new Username(rs.getString("username")),
            rs.getString("password_hash"),
            new UserSettings(ZoneId.of(rs.getString("time_zone")), rs.getInt("day_start_hour"),
                    DayOfWeek.valueOf(rs.getString("week_start"))),
            Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)));

    private final GuardedJdbi jdbi;

    JdbiUserRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(User user) {
        UserSettings settings = user.settings();
        int inserted = jdbi.withHandle(handle -> handle.createUpdate(INSERT)
                .bind("id", user.id().value())
                .bind("username", user.username().value())
                .bind("passwordHash", user.passwordHash())
                .bind("timeZone", settings.timeZone().getId())
                .bind("dayStartHour", settings.dayStartHour())
                .bind("weekStart", settings.weekStart().name())
                .bind("createdAt", Timestamps.utc(user.createdAt()))
                .execute());
        if (inserted == 0) {
            throw new UsernameTakenException(user.username().value());
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_BY_ID)
                .bind("id", id.value())
                .map(USER)
                .findOne());
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_BY_USERNAME)
                .bind("username", username.value())
                .map(USER)
                .findOne());
    }

    @Override
    public boolean updateSettings(UserId id, UserSettings settings) {
        return jdbi.withHandle(handle -> handle.createUpdate(UPDATE_SETTINGS)
                .bind("id", id.value())
                .bind("timeZone", settings.timeZone().getId())
                .bind("dayStartHour", settings.dayStartHour())
                .bind("weekStart", settings.weekStart().name())
                .execute()) > 0;
    }

    @Override
    public boolean delete(UserId id) {
        return jdbi.withHandle(handle -> handle.createUpdate(DELETE).bind("id", id.value()).execute()) > 0;
    }
}
