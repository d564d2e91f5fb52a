package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReadModelJsonTest {

    private static <T> T roundTrip(T value, Class<T> type) throws IOException {
        return ReadModelJson.read(ReadModelJson.write(value), type);
    }

    @Test
    @DisplayName("a today board with every schedule, goal and optional field reads back equal")
    void todayBoardRoundTrips() throws IOException {
        TodayBoard board = ReadModels.board(new UserId(UUID.randomUUID()), 30);

        assertThat(roundTrip(board, TodayBoard.class)).isEqualTo(board);
    }

    @Test
    @DisplayName("bytes its caller serialised are written as they are, not as JSON of bytes, and read back the same")
    void serialisedBytesAreKeptAsTheyAre() throws IOException {
        byte[] rendered = "{\"today\":\"2026-11-22\",\"habits\":[]}".getBytes(StandardCharsets.UTF_8);

        assertThat(ReadModelJson.write(rendered)).isSameAs(rendered);
        assertThat(ReadModelJson.read(rendered, byte[].class)).isSameAs(rendered);
    }

    @Test
    @DisplayName("statistics with weekday and month maps, a year of scores and a commitment read back equal, in order")
    void statisticsRoundTrip() throws IOException {
        HabitStatistics statistics = ReadModels.statistics(400);

        HabitStatistics read = roundTrip(statistics, HabitStatistics.class);

        assertThat(read).isEqualTo(statistics);
        assertThat(read.byMonth().keySet()).containsExactlyElementsOf(statistics.byMonth().keySet());
    }

    @Test
    @DisplayName("statistics with empty collections and no commitment read back equal")
    void emptyStatisticsRoundTrip() throws IOException {
        HabitStatistics statistics = ReadModels.statisticsWithoutCommitment();

        assertThat(roundTrip(statistics, HabitStatistics.class)).isEqualTo(statistics);
    }

    @ParameterizedTest
    @MethodSource("org.habittracker.adapters.cache.ReadModels#everySchedule")
    @DisplayName("every schedule carries its type and reads back as the same subtype")
    void everyScheduleRoundTrips(Schedule schedule) throws IOException {
        String json = new String(ReadModelJson.write(schedule), StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":\"" + ReadModelJson.typeName(schedule.getClass()) + "\"");
        assertThat(roundTrip(schedule, Schedule.class)).isEqualTo(schedule);
    }

    @ParameterizedTest
    @MethodSource("org.habittracker.adapters.cache.ReadModels#everyGoal")
    @DisplayName("every goal carries its type and reads back as the same subtype")
    void everyGoalRoundTrips(Goal goal) throws IOException {
        assertThat(roundTrip(goal, Goal.class)).isEqualTo(goal);
    }

    @Test
    @DisplayName("the fixtures cover every permitted schedule and goal, so a new subtype cannot go untested")
    void fixturesCoverTheSealedHierarchies() {
        assertThat(ReadModels.everySchedule()).extracting(Object::getClass).map(Class.class::cast)
                .containsAll(Arrays.asList(Schedule.class.getPermittedSubclasses()));
        assertThat(ReadModels.everyGoal()).extracting(Object::getClass).map(Class.class::cast)
                .containsAll(Arrays.asList(Goal.class.getPermittedSubclasses()));
    }

    @Test
    @DisplayName("a session reads back equal")
    void sessionRoundTrips() throws IOException {
        Session session = new Session(TokenHash.of("token"), new UserId(UUID.randomUUID()),
                Instant.parse("2026-11-22T09:30:00.123Z"), Instant.parse("2026-12-22T09:30:00.123Z"));

        assertThat(roundTrip(session, Session.class)).isEqualTo(session);
    }

    @Test
    @DisplayName("JSON missing a property (written by an older version of a record) is refused, not half-read")
    void missingPropertyIsRefused() {
        byte[] olderShape = "{\"tokenHash\":{\"hex\":\"%s\"},\"createdAt\":\"2026-11-22T09:30:00Z\",\"expiresAt\":\"2026-12-22T09:30:00Z\"}"
                .formatted("a".repeat(64)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReadModelJson.read(olderShape, Session.class)).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("JSON with a property the record no longer has is refused")
    void unknownPropertyIsRefused() throws IOException {
        String session = new String(ReadModelJson.write(new Session(TokenHash.of("t"), new UserId(UUID.randomUUID()),
                Instant.EPOCH, Instant.EPOCH)), StandardCharsets.UTF_8);
        byte[] newerShape = session.replaceFirst("\\{", "{\"device\":\"phone\",").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReadModelJson.read(newerShape, Session.class)).isInstanceOf(IOException.class);
    }
}
