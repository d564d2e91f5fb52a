package org.habittracker.application.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * Valid domain values for tests, unique where a real database needs them to be (ids, usernames), so the
 * same tests can run against a shared PostgreSQL without cleaning it first. Instants have whole
 * microseconds, as {@code timestamptz} keeps them.
 */
public final class TestData {
    public static final Instant CREATED = Instant.parse("2026-11-01T08:00:00.123456Z");
    public static final LocalDate START_DATE = LocalDate.of(2026, 11, 1);

    private TestData() {
    }

    /** A username nobody has yet: {@code prefix} and 12 random hex digits. */
    public static String uniqueUsername(String prefix) {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    public static User user() {
        return user(uniqueUsername("user"));
    }

    public static User user(String username) {
        return new User(new UserId(UUID.randomUUID()), new Username(username), "plain:secret-password",
                UserSettings.defaultsFor(ZoneId.of("Europe/Berlin")), CREATED);
    }

    /** A daily yes/no habit starting on {@link #START_DATE}. */
    public static Habit habit(UserId owner, String name, int position) {
        return new Habit(new HabitId(UUID.randomUUID()), owner, name, "", new HexColor("#00897b"), Optional.empty(),
                new Schedule.Daily(), new Goal.YesNo(), START_DATE, OptionalInt.empty(), false, position,
                CREATED.plus(position, ChronoUnit.SECONDS));
    }

    /** A habit with every optional field set, including a measured goal. */
    public static Habit fullHabit(UserId owner, String name, int position) {
        return new Habit(new HabitId(UUID.randomUUID()), owner, name, "20 pages a day", new HexColor("#3949ab"),
                Optional.of("📚"), new Schedule.TimesPerWindow(3, 7),
                new Goal.Measured(new BigDecimal("20"), "pages", Goal.Direction.AT_LEAST), START_DATE,
                OptionalInt.of(66), false, position, CREATED.plus(position, ChronoUnit.SECONDS));
    }

    public static CheckIn done(HabitId habit, LocalDate day) {
        return CheckIn.done(habit, day);
    }

    public static CheckIn measured(HabitId habit, LocalDate day, String amount, String note) {
        return new CheckIn(habit, day, CheckInStatus.DONE, Optional.of(new BigDecimal(amount)), note);
    }
}
