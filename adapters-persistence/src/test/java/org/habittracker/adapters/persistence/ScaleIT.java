package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One heavy user with 500 habits and five years of daily check-ins each (913,000 rows), beside other users,
 * as a busy table would hold them. The board's and the history's queries must be answered from indexes
 * (checked on the plans PostgreSQL makes for them, custom and generic), and their latency is measured and
 * written to {@code target/scale-report-<server>.txt}.
 */
class ScaleIT {
    private static final int HABITS = 500;
    private static final int DAYS = 5 * 365 + 1;
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate FIRST_DAY = LAST_DAY.minusDays(DAYS - 1);
    private static final int OTHER_USERS = 50;
    private static final int OTHER_USERS_HABITS = 4;
    private static final int OTHER_USERS_DAYS = 365;

    private static final String BOARD_SQL = JdbiCheckInRepository.ALL_BY_OWNER.replace(":owner", "$1");
    private static final String HISTORY_SQL = "SELECT habit_id, day, status, amount, note FROM check_ins "
            + "WHERE habit_id = $2 AND owner_id = $1 AND day BETWEEN $3 AND $4 ORDER BY day";

    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    private static User heavy;
    private static User typical;
    /** ARCHITECTURE.md §8's throughput scenario: 20 habits with a year of check-ins each. */
    private static User benchmarkUser;
    private static List<Habit> benchmarkHabits;
    private static List<Habit> heavyHabits;
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void loadFiveYearsOfFiveHundredHabits() throws Exception {
        long start = System.nanoTime();
        heavy = TestData.user();
        heavyHabits = habits(heavy, HABITS);
        List<List<Habit>> others = new ArrayList<>();
        for (int i = 0; i < OTHER_USERS; i++) {
            User other = TestData.user();
            if (typical == null) {
                typical = other;
            }
            others.add(habits(other, OTHER_USERS_HABITS));
        }
        benchmarkUser = TestData.user();
        benchmarkHabits = habits(benchmarkUser, 20);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // Bulk-load as pg_restore does: the secondary index is rebuilt once at the end (from its own
            // definition in the schema), and the foreign-key triggers are skipped for this session only; the
            // rows are valid by construction. The schema the tests then query is exactly the migrated one.
            String ownerIndex;
            try (ResultSet result = statement.executeQuery("SELECT indexdef FROM pg_indexes "
                    + "WHERE schemaname = current_schema() AND indexname = 'check_ins_owner_habit_day_idx'")) {
                result.next();
                ownerIndex = result.getString(1);
            }
            statement.execute("DROP INDEX check_ins_owner_habit_day_idx");
            statement.execute("SET session_replication_role = replica");
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY check_ins (habit_id, owner_id, day, status, amount, note) FROM STDIN (FORMAT csv)");
            for (List<Habit> habits : others) {
                copyDays(copy, habits, LAST_DAY.minusDays(OTHER_USERS_DAYS - 1));
            }
            copyDays(copy, benchmarkHabits, LAST_DAY.minusDays(364));
            copyDays(copy, heavyHabits, FIRST_DAY);
            long rows = copy.endCopy();
            statement.execute("SET session_replication_role = DEFAULT");
            statement.execute(ownerIndex);
            statement.execute("ANALYZE check_ins");
            statement.execute("ANALYZE habits");
            report.add("server: " + database.server().version());
            report.add(String.format("loaded %,d check-ins (%,d of them one user's: %d habits x %d days) in %.1f s",
                    rows, (long) HABITS * DAYS, HABITS, DAYS, (System.nanoTime() - start) / 1e9));
        }
    }

    private static List<Habit> habits(User user, int count) {
        List<Habit> habits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            habits.add(TestData.habit(user.id(), "Habit " + i, i));
        }
        database.persistence().transactions().run(() -> {
            database.persistence().users().add(user);
            habits.forEach(database.persistence().habits()::add);
        });
        return habits;
    }

    /** Every day from {@code from} to the last day; every tenth skipped, every seventh with an amount. */
    private static void copyDays(CopyIn copy, List<Habit> habits, LocalDate from) throws SQLException {
        StringBuilder csv = new StringBuilder(64 * 1024);
        for (Habit habit : habits) {
            String prefix = habit.id() + "," + habit.owner() + ",";
            int index = 0;
            for (LocalDate day = from; !day.isAfter(LAST_DAY); day = day.plusDays(1), index++) {
                csv.append(prefix).append(day).append(index % 10 == 0 ? ",SKIPPED," : ",DONE,")
                        .append(index % 7 == 0 ? "12.5" : "").append(",\"\"\n");
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            csv.setLength(0);
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        report.forEach(line -> System.out.println("ScaleIT: " + line));
        String server = TestPostgres.embeddedForced() ? "embedded" : "default";
        Files.write(Path.of("target", "scale-report-" + server + ".txt"), report);
    }

    /** The plan PostgreSQL makes for the prepared statement, as it would for the adapter's own. */
    private static String plan(String sql, String types, String arguments, boolean generic) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET plan_cache_mode = " + (generic ? "force_generic_plan" : "force_custom_plan"));
            statement.execute("PREPARE measured(" + types + ") AS " + sql);
            StringBuilder plan = new StringBuilder();
            try (ResultSet result = statement.executeQuery("EXPLAIN EXECUTE measured(" + arguments + ")")) {
                while (result.next()) {
                    plan.append(result.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static String executionTime(String sql, String types, String arguments, boolean generic)
            throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET plan_cache_mode = " + (generic ? "force_generic_plan" : "force_custom_plan"));
            statement.execute("PREPARE measured(" + types + ") AS " + sql);
            statement.executeQuery("EXPLAIN (ANALYZE) EXECUTE measured(" + arguments + ")").close();
            try (ResultSet result = statement.executeQuery("EXPLAIN (ANALYZE) EXECUTE measured(" + arguments + ")")) {
                String last = "";
                while (result.next()) {
                    last = result.getString(1);
                }
                return last.strip();
            }
        }
    }

    private static String historyArguments(LocalDate from) {
        return "'" + heavy.id() + "', '" + heavyHabits.get(250).id() + "', '" + from + "', '" + LAST_DAY + "'";
    }

    /**
     * The adapter's statements are planned for their actual parameters (the driver's {@code prepareThreshold}
     * is 0, see {@link ConnectionPool}), so those are the plans checked: an owner's rows are read through an
     * index, never by scanning the table, whether the owner has most of the table or a few rows. (For a few
     * rows PostgreSQL may take a bitmap of the index and sort the handful of rows; for nearly all rows it
     * reads the index in order.) The generic plan a cached prepared statement would get is reported beside
     * them, with what it costs the heavy owner.
     */
    @Test
    @DisplayName("the board's query reads the owner's check-ins through an index, for a heavy and a typical user")
    void boardQueryUsesAnIndex() throws SQLException {
        for (User user : List.of(heavy, typical)) {
            String plan = plan(BOARD_SQL, "uuid", "'" + user.id() + "'", false);
            report.add("plan of the board query for the " + (user == heavy ? "heavy" : "typical") + " user:\n"
                    + plan.strip());

            assertThat(plan)
                    .containsPattern("Index (Only )?Scan (using|on) check_ins_(owner_habit_day_idx|pkey)")
                    .doesNotContain("Seq Scan");
        }
        assertThat(plan(BOARD_SQL, "uuid", "'" + heavy.id() + "'", false)).doesNotContain("Sort");
        String generic = plan(BOARD_SQL, "uuid", "'" + heavy.id() + "'", true);
        report.add("generic plan of the board query (not used by the adapter):\n" + generic.strip());
        assertThat(generic).contains("check_ins_owner_habit_day_idx").doesNotContain("Seq Scan");
    }

    @Test
    @DisplayName("the history query reads one habit's range from an index")
    void historyQueryUsesAnIndex() throws SQLException {
        for (boolean generic : new boolean[] {false, true}) {
            String plan = plan(HISTORY_SQL, "uuid, uuid, date, date", historyArguments(LAST_DAY.minusDays(364)),
                    generic);
            report.add((generic ? "generic" : "custom") + " plan of the history query:\n" + plan.strip());

            assertThat(plan).containsPattern("Index (Only )?Scan using check_ins_(pkey|owner_habit_day_idx) on check_ins")
                    .doesNotContain("Seq Scan");
        }
    }

    @Test
    @DisplayName("at this scale the adapter answers the board and the history whole; their latency is recorded")
    void latencyAtScale() throws SQLException {
        var checkIns = database.persistence().checkIns();
        var habits = database.persistence().habits();
        HabitId oneHabit = heavyHabits.get(250).id();

        report.add("server-side, board query, heavy user (EXPLAIN ANALYZE): "
                + executionTime(BOARD_SQL, "uuid", "'" + heavy.id() + "'", false));
        report.add("server-side, board query, heavy user, generic plan (EXPLAIN ANALYZE): "
                + executionTime(BOARD_SQL, "uuid", "'" + heavy.id() + "'", true));
        report.add("server-side, board query, 20 habits x 365 days (EXPLAIN ANALYZE): "
                + executionTime(BOARD_SQL, "uuid", "'" + benchmarkUser.id() + "'", false));
        report.add("server-side, history query, 365 days (EXPLAIN ANALYZE): " + executionTime(HISTORY_SQL,
                "uuid, uuid, date, date", historyArguments(LAST_DAY.minusDays(364)), false));
        Map<HabitId, List<CheckIn>> board = measure("board, findAllByOwner, 500 habits x 1826 days", 1, 3,
                () -> checkIns.findAllByOwner(heavy.id()));
        List<Habit> allHabits = measure("habits, findAll, 500 habits", 3, 20, () -> habits.findAll(heavy.id()));
        Map<HabitId, List<CheckIn>> typicalBoard = measure("board, findAllByOwner, 4 habits x 365 days", 5, 50,
                () -> checkIns.findAllByOwner(typical.id()));
        Map<HabitId, List<CheckIn>> benchmarkBoard = measure("board, findAllByOwner, 20 habits x 365 days", 20,
                200, () -> checkIns.findAllByOwner(benchmarkUser.id()));
        List<CheckIn> year = measure("history, findByHabit, 365 days", 5, 100,
                () -> checkIns.findByHabit(heavy.id(), oneHabit, LAST_DAY.minusDays(364), LAST_DAY));
        List<CheckIn> fiveYears = measure("history, findByHabit, 5 years", 3, 30,
                () -> checkIns.findByHabit(heavy.id(), oneHabit, FIRST_DAY, LAST_DAY));

        assertThat(board).hasSize(HABITS);
        assertThat(board.values()).allSatisfy(days -> assertThat(days).hasSize(DAYS));
        assertThat(board.get(oneHabit).getFirst().day()).isEqualTo(FIRST_DAY);
        assertThat(board.get(oneHabit).getLast().day()).isEqualTo(LAST_DAY);
        assertThat(allHabits).hasSize(HABITS);
        assertThat(typicalBoard).hasSize(OTHER_USERS_HABITS);
        assertThat(benchmarkBoard).hasSize(20).allSatisfy((habit, days) -> assertThat(days).hasSize(365));
        assertThat(year).hasSize(365);
        assertThat(fiveYears).hasSize(DAYS);
    }

    /** Runs {@code query} a few times to warm up, then {@code runs} times, and records median, p95 and max. */
    private static <T> T measure(String name, int warmUps, int runs, Supplier<T> query) {
        T result = null;
        for (int i = 0; i < warmUps; i++) {
            result = query.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        report.add(String.format("%-48s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  (%d runs)", name,
                millis(nanos[runs / 2]), millis(nanos[(int) Math.ceil(runs * 0.95) - 1]), millis(nanos[runs - 1]),
                runs));
        return result;
    }

    private static double millis(long nanos) {
        return Duration.ofNanos(nanos).toNanos() / 1e6;
    }
}
