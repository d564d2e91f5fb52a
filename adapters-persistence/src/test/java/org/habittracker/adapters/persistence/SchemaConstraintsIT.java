package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.user.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The table constraints mirror the domain's rules, so a buggy caller writing SQL cannot store a row the
 * domain would refuse. Each case starts from a valid row and breaks exactly one rule.
 */
class SchemaConstraintsIT {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    private static User alice;
    private static User bob;
    private static Habit alicesHabit;

    /** A valid row per table, as column → SQL literal; {@code :alice}, {@code :bob}, {@code :habit} are filled in. */
    private static final Map<String, Map<String, String>> VALID = Map.of(
            "users", row("id", "gen_random_uuid()", "username", "'valid_' || substr(md5(random()::text), 1, 12)",
                    "password_hash", "'hash'", "time_zone", "'UTC'", "day_start_hour", "0", "week_start", "'MONDAY'",
                    "created_at", "now()"),
            "habits", row("id", "gen_random_uuid()", "owner_id", ":alice", "name", "'Read'", "description", "''",
                    "color", "'#00897b'", "emoji", "NULL", "schedule_type", "'DAILY'", "schedule_times", "NULL",
                    "schedule_days", "NULL", "schedule_weekdays", "NULL", "goal_type", "'YES_NO'",
                    "goal_target", "NULL", "goal_unit", "NULL", "goal_direction", "NULL",
                    "start_date", "'2026-11-01'", "commitment_days", "NULL", "archived", "false", "position", "0",
                    "created_at", "now()"),
            "check_ins", row("habit_id", ":habit", "owner_id", ":alice", "day", "'2026-11-20'", "status", "'DONE'",
                    "amount", "NULL", "note", "''"),
            "pauses", row("id", "gen_random_uuid()", "owner_id", ":alice", "habit_id", "NULL",
                    "from_day", "'2026-12-01'", "to_day", "'2026-12-05'"),
            "milestones", row("habit_id", ":habit", "owner_id", ":alice", "kind", "'STREAK_7'",
                    "reached_on", "'2026-11-20'"),
            "sessions", row("token_hash", "encode(sha256(gen_random_uuid()::text::bytea), 'hex')",
                    "user_id", ":alice", "created_at", "now()", "expires_at", "now()"),
            "api_tokens", row("id", "gen_random_uuid()", "owner_id", ":alice", "name", "'cli'",
                    "token_hash", "encode(sha256(gen_random_uuid()::text::bytea), 'hex')", "created_at", "now()",
                    "last_used_at", "NULL"),
            "login_attempts", row("key", "'ada'", "failed_at", "now()"));

    @BeforeAll
    static void aliceHasAHabit() {
        alice = TestData.user();
        bob = TestData.user();
        database.persistence().users().add(alice);
        database.persistence().users().add(bob);
        alicesHabit = TestData.habit(alice.id(), "Read", 0);
        database.persistence().habits().add(alicesHabit);
    }

    private static Map<String, String> row(String... columnsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    private static String insert(String table, Map<String, String> changes) {
        Map<String, String> row = new LinkedHashMap<>(VALID.get(table));
        row.putAll(changes);
        String values = row.values().stream()
                .map(value -> value.replace(":alice", "'" + alice.id() + "'")
                        .replace(":bob", "'" + bob.id() + "'")
                        .replace(":habit", "'" + alicesHabit.id() + "'"))
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES (" + values + ")";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @ParameterizedTest(name = "a valid row of {0} is accepted")
    @ValueSource(strings = {"users", "habits", "check_ins", "pauses", "milestones", "sessions", "api_tokens",
            "login_attempts"})
    @DisplayName("the valid row each case starts from is accepted, so each refusal below is its one change's")
    void validRowsAreAccepted(String table) throws SQLException {
        execute(insert(table, Map.of()));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("users", "users_username_format", "username", "'Ada'"),
                broken("users", "users_username_format", "username", "'ab'"),
                broken("users", "users_password_hash_present", "password_hash", "''"),
                broken("users", "users_day_start_hour_range", "day_start_hour", "6"),
                broken("users", "users_week_start_day", "week_start", "'FUNDAY'"),
                broken("habits", "habits_name_length", "name", "''"),
                broken("habits", "habits_name_length", "name", "repeat('x', 101)"),
                broken("habits", "habits_description_length", "description", "repeat('x', 1001)"),
                broken("habits", "habits_color_format", "color", "'#00897B'"),
                broken("habits", "habits_color_format", "color", "'teal'"),
                broken("habits", "habits_emoji_length", "emoji", "repeat('x', 17)"),
                broken("habits", "habits_schedule_type_known", "schedule_type", "'HOURLY'"),
                broken("habits", "habits_schedule_shape", "schedule_times", "3"),
                broken("habits", "habits_schedule_shape", "schedule_type", "'WEEKDAYS'", "schedule_weekdays", "0"),
                broken("habits", "habits_schedule_shape", "schedule_type", "'WEEKDAYS'", "schedule_weekdays", "128"),
                broken("habits", "habits_schedule_shape", "schedule_type", "'TIMES_PER_WINDOW'",
                        "schedule_times", "8", "schedule_days", "7"),
                broken("habits", "habits_schedule_shape", "schedule_type", "'TIMES_PER_WINDOW'",
                        "schedule_times", "1", "schedule_days", "366"),
                broken("habits", "habits_schedule_shape", "schedule_type", "'TIMES_PER_WEEK'", "schedule_times", "8"),
                broken("habits", "habits_schedule_shape", "schedule_type", "'TIMES_PER_MONTH'",
                        "schedule_times", "32"),
                broken("habits", "habits_goal_shape", "goal_type", "'MEASURED'", "goal_target", "20",
                        "goal_direction", "'AT_LEAST'"),
                broken("habits", "habits_goal_shape", "goal_unit", "'pages'"),
                broken("habits", "habits_goal_target_not_negative", "goal_type", "'MEASURED'", "goal_target", "-1",
                        "goal_unit", "'pages'", "goal_direction", "'AT_LEAST'"),
                broken("habits", "habits_goal_unit_length", "goal_type", "'MEASURED'", "goal_target", "1",
                        "goal_unit", "repeat('u', 21)", "goal_direction", "'AT_LEAST'"),
                broken("habits", "habits_goal_direction_known", "goal_type", "'MEASURED'", "goal_target", "1",
                        "goal_unit", "'pages'", "goal_direction", "'EXACTLY'"),
                broken("habits", "habits_start_date_not_too_early", "start_date", "'1999-12-31'"),
                broken("habits", "habits_commitment_days_range", "commitment_days", "2"),
                broken("habits", "habits_commitment_days_range", "commitment_days", "366"),
                broken("habits", "habits_position_not_negative", "position", "-1"),
                broken("check_ins", "check_ins_day_not_too_early", "day", "'1999-12-31'"),
                broken("check_ins", "check_ins_status_known", "status", "'MAYBE'"),
                broken("check_ins", "check_ins_amount_not_negative", "amount", "-0.5"),
                broken("check_ins", "check_ins_note_length", "note", "repeat('x', 501)"),
                broken("check_ins", "check_ins_habit_id_owner_id_fkey", "owner_id", ":bob"),
                broken("pauses", "pauses_to_day_on_or_after_from_day", "to_day", "'2026-11-30'"),
                broken("pauses", "pauses_at_most_366_days", "to_day", "'2027-12-02'"),
                broken("pauses", "pauses_from_day_not_too_early", "from_day", "'1999-12-31'", "to_day", "'2000-01-02'"),
                broken("pauses", "pauses_habit_id_owner_id_fkey", "habit_id", ":habit", "owner_id", ":bob"),
                broken("milestones", "milestones_kind_known", "kind", "'STREAK_8'"),
                broken("milestones", "milestones_reached_on_not_too_early", "reached_on", "'1999-12-31'"),
                broken("milestones", "milestones_habit_id_owner_id_fkey", "owner_id", ":bob"),
                broken("sessions", "sessions_token_hash_hex", "token_hash", "'not-a-hash'"),
                broken("api_tokens", "api_tokens_token_hash_hex", "token_hash", "upper(repeat('ab', 32))"),
                broken("api_tokens", "api_tokens_name_length", "name", "repeat('n', 101)"),
                broken("login_attempts", "login_attempts_key_length", "key", "''"));
    }

    private static Arguments broken(String table, String constraint, String... columnsAndValues) {
        Map<String, String> changes = row(columnsAndValues);
        return Arguments.of(table, changes, constraint);
    }

    @ParameterizedTest(name = "{0} {1} is refused by {2}")
    @MethodSource("brokenRules")
    @DisplayName("a row that breaks one of the domain's rules is refused by the constraint for that rule")
    void brokenRuleIsRefused(String table, Map<String, String> changes, String constraint) {
        assertThatThrownBy(() -> execute(insert(table, changes)))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(constraint)
                .satisfies(e -> assertThat(List.of("23514", "23503")).contains(((SQLException) e).getSQLState()));
    }
}
