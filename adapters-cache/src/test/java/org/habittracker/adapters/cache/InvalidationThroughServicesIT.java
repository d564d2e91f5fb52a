package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.in.auth.RegisterCommand;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.habit.Change;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.habit.UpdateHabitCommand;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.progress.BoardRendering;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.service.ApplicationServices;
import org.habittracker.application.service.OutboundPorts;
import org.habittracker.application.service.auth.LoginThrottle;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.application.testing.PassThroughReadCache;
import org.habittracker.application.testing.TestData;
import org.habittracker.application.testing.Validators;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The application's real services over one in-memory database, as two Lambda containers would run them:
 * each with its own Redis cache on the same Redis. Every kind of write made through one is visible on the
 * next read through the other, and equals what the database says with no cache at all.
 */
class InvalidationThroughServicesIT {
    private static RedisCache containerOne;
    private static RedisCache containerTwo;

    private final InMemoryPorts ports = new InMemoryPorts();
    private ApplicationServices writer;
    private ApplicationServices reader;
    private ApplicationServices uncached;
    private UserId owner;
    private String sessionToken;
    private LocalDate today;
    private Habit read;
    private Habit run;

    @BeforeAll
    static void connect() {
        containerOne = TestRedis.connectedCache();
        containerTwo = TestRedis.connectedCache();
    }

    @AfterAll
    static void close() {
        containerOne.close();
        containerTwo.close();
    }

    private ApplicationServices services(ReadCache readCache) {
        OutboundPorts p = ports.outbound();
        return ApplicationServices.create(new OutboundPorts(p.users(), p.habits(), p.checkIns(), p.pauses(),
                p.milestones(), p.checkpoints(), p.reminders(), p.reminderSends(), p.pushSubscriptions(), p.push(),
                p.sessions(), p.apiTokens(), p.loginAttempts(), p.passwordHasher(), p.transactions(),
                readCache, p.databaseHealth(), p.clock(), p.ids()), Validators.validator(), LoginThrottle.DEFAULT,
                new SecureRandom());
    }

    @BeforeEach
    void createUserWithHabits() {
        writer = services(containerOne.readCache());
        reader = services(containerTwo.readCache());
        uncached = services(new PassThroughReadCache());
        IssuedSession session = writer.registerUser().register(
                new RegisterCommand(TestData.uniqueUsername("cache"), "correct horse battery", "Europe/Berlin", TestData.uniqueUsername("client")));
        owner = session.principal().userId();
        sessionToken = session.token();
        today = writer.profile().profile(owner).settings().userDay().dayOf(ports.clock().instant());
        read = writer.habits().create(habit("Read"));
        run = writer.habits().create(habit("Run"));
        // Both containers now hold the board in Redis.
        assertThat(board(reader)).isEqualTo(board(writer));
    }

    /** The board as the HTTP API reads it, rendered and cached; here rendered in the cache's own JSON to read back. */
    private static final BoardRendering AS_READ_MODEL = new BoardRendering() {
        @Override
        public String format() {
            return "read-model";
        }

        @Override
        public byte[] render(TodayBoard board) {
            try {
                return ReadModelJson.write(board);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** The owner as this container resolves their request now, as the board's endpoint gets them. */
    private Principal principal(ApplicationServices services) {
        return services.resolvePrincipal().bySessionToken(sessionToken).orElseThrow();
    }

    private TodayBoard board(ApplicationServices services) {
        try {
            return ReadModelJson.read(services.progress().renderedTodayBoard(principal(services), AS_READ_MODEL), TodayBoard.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CreateHabitCommand habit(String name) {
        return new CreateHabitCommand(owner, name, Optional.empty(), new HexColor("#00897b"), Optional.empty(),
                new Schedule.Daily(), new Goal.YesNo(), Optional.of(today.minusDays(10)), Optional.empty());
    }

    /** The board through the other container's cache: must be the database's truth, and served from Redis. */
    private TodayBoard boardAfterTheWrite() {
        long hitsBefore = containerTwo.metrics().snapshot().readModelHits();
        TodayBoard next = board(reader);
        assertThat(next).isEqualTo(uncached.progress().todayBoard(owner));
        assertThat(board(reader)).isEqualTo(next);
        assertThat(containerTwo.metrics().snapshot().readModelHits()).as("the board is cached again").isGreaterThan(hitsBefore);
        return next;
    }

    private TodayBoard.Entry entryOf(TodayBoard board, Habit habit) {
        return board.habits().stream().filter(e -> e.habit().id().equals(habit.id())).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a check-in changes the next cached board and statistics")
    void checkIn() {
        TodayBoard before = board(reader);
        HabitStatistics statsBefore = reader.progress().statistics(owner, read.id());

        writer.checkIns().record(new RecordCheckInCommand(owner, read.id(), today, CheckInStatus.DONE,
                Optional.empty(), Optional.empty()));

        TodayBoard after = boardAfterTheWrite();
        assertThat(after).isNotEqualTo(before);
        assertThat(entryOf(after, read).summary().todayStatus().name()).isEqualTo("DONE");
        HabitStatistics statsAfter = reader.progress().statistics(owner, read.id());
        assertThat(statsAfter.totalSatisfied()).isEqualTo(statsBefore.totalSatisfied() + 1);
        assertThat(statsAfter).isEqualTo(uncached.progress().statistics(owner, read.id()));
    }

    @Test
    @DisplayName("clearing a check-in changes the next cached board")
    void clearCheckIn() {
        writer.checkIns().record(new RecordCheckInCommand(owner, read.id(), today, CheckInStatus.DONE,
                Optional.empty(), Optional.empty()));
        TodayBoard done = boardAfterTheWrite();

        writer.checkIns().clear(owner, read.id(), today);

        assertThat(boardAfterTheWrite()).isNotEqualTo(done);
    }

    @Test
    @DisplayName("an edit changes the next cached board")
    void edit() {
        writer.habits().update(new UpdateHabitCommand(owner, read.id(), Optional.of("Read a book"), Optional.empty(),
                Optional.empty(), Change.keep(), Optional.empty(), Optional.empty(), Optional.empty(), Change.keep()));

        assertThat(entryOf(boardAfterTheWrite(), read).habit().name()).isEqualTo("Read a book");
    }

    @Test
    @DisplayName("an archive takes the habit off the next cached board")
    void archive() {
        writer.habits().archive(owner, run.id());

        assertThat(boardAfterTheWrite().habits()).extracting(e -> e.habit().id()).containsExactly(read.id());
    }

    @Test
    @DisplayName("a delete takes the habit off the next cached board")
    void delete() {
        writer.habits().delete(owner, read.id());

        assertThat(boardAfterTheWrite().habits()).extracting(e -> e.habit().id()).containsExactly(run.id());
    }

    @Test
    @DisplayName("a pause of today changes the next cached board")
    void pause() {
        TodayBoard before = board(reader);

        writer.pauses().create(new CreatePauseCommand(owner, Optional.empty(), today, today.plusDays(3)));

        TodayBoard after = boardAfterTheWrite();
        assertThat(after).isNotEqualTo(before);
        assertThat(entryOf(after, read).summary().todayStatus()).isNotEqualTo(entryOf(before, read).summary().todayStatus());
    }

    @Test
    @DisplayName("a logout through one container's session cache is seen by the other's at once")
    void logoutIsSeenEverywhere() {
        ApplicationServices sessionsOne = withSessions(containerOne);
        ApplicationServices sessionsTwo = withSessions(containerTwo);
        IssuedSession session = sessionsOne.registerUser().register(
                new RegisterCommand(TestData.uniqueUsername("logout"), "correct horse battery", "Europe/Berlin", TestData.uniqueUsername("client")));
        assertThat(sessionsTwo.resolvePrincipal().bySessionToken(session.token())).isPresent();
        assertThat(sessionsTwo.resolvePrincipal().bySessionToken(session.token())).isPresent();

        sessionsOne.logOut().logOut(session.token());

        assertThat(sessionsTwo.resolvePrincipal().bySessionToken(session.token())).isEmpty();
    }

    /** Services whose session store is this container's cache in front of the shared database store. */
    private ApplicationServices withSessions(RedisCache container) {
        OutboundPorts p = ports.outbound();
        return ApplicationServices.create(new OutboundPorts(p.users(), p.habits(), p.checkIns(), p.pauses(),
                p.milestones(), p.checkpoints(), p.reminders(), p.reminderSends(), p.pushSubscriptions(), p.push(),
                container.sessionStore(p.sessions()), p.apiTokens(), p.loginAttempts(),
                p.passwordHasher(), p.transactions(), container.readCache(), p.databaseHealth(), p.clock(), p.ids()),
                Validators.validator(), LoginThrottle.DEFAULT, new SecureRandom());
    }
}
