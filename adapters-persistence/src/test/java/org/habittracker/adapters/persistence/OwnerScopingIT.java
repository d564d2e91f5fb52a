package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.user.User;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every owner-scoped call, made by Bob with the ids of Alice's rows: nothing of Alice's is read, changed
 * or deleted. After each test Alice's data is checked to be exactly as it was.
 */
class OwnerScopingIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    private final PostgresPersistence db = database.persistence();
    private User alice;
    private User bob;
    private Habit alicesHabit;
    private CheckIn alicesCheckIn;
    private Pause alicesPause;
    private Milestone alicesMilestone;
    private ApiToken alicesToken;
    private Session alicesSession;

    @BeforeEach
    void aliceHasOneOfEverything() {
        alice = TestData.user();
        bob = TestData.user();
        db.users().add(alice);
        db.users().add(bob);
        alicesHabit = TestData.fullHabit(alice.id(), "Read", 0);
        db.habits().add(alicesHabit);
        alicesCheckIn = TestData.measured(alicesHabit.id(), DAY, "25", "on the train");
        db.checkIns().upsert(alice.id(), alicesCheckIn);
        alicesPause = new Pause(new PauseId(UUID.randomUUID()), alice.id(), Optional.of(alicesHabit.id()),
                DAY.plusDays(1), DAY.plusDays(7));
        db.pauses().add(alicesPause);
        alicesMilestone = new Milestone(MilestoneKind.STREAK_7, DAY);
        db.milestones().recordNew(alice.id(), alicesHabit.id(), List.of(alicesMilestone));
        alicesToken = new ApiToken(UUID.randomUUID(), alice.id(), "script", TokenHash.of(UUID.randomUUID().toString()),
                TestData.CREATED, Optional.empty());
        db.apiTokens().add(alicesToken);
        alicesSession = new Session(TokenHash.of(UUID.randomUUID().toString()), alice.id(), TestData.CREATED,
                Instant.parse("2099-01-01T00:00:00Z"));
        db.sessions().save(alicesSession);
    }

    @AfterEach
    void alicesDataIsUntouched() {
        assertThat(db.habits().findAll(alice.id()).stream().map(Habit::id)).containsExactly(alicesHabit.id());
        assertThat(db.habits().find(alice.id(), alicesHabit.id()).map(Habit::position)).contains(0);
        assertThat(db.checkIns().findByHabit(alice.id(), alicesHabit.id(), DAY, DAY).stream().map(CheckIn::note))
                .containsExactly("on the train");
        assertThat(db.pauses().findAll(alice.id())).containsExactly(alicesPause);
        assertThat(db.milestones().findByHabit(alice.id(), alicesHabit.id())).containsExactly(alicesMilestone);
        assertThat(db.apiTokens().findAll(alice.id())).containsExactly(alicesToken);
        assertThat(db.sessions().find(alicesSession.tokenHash())).contains(alicesSession);
    }

    @Test
    @DisplayName("Bob cannot find, count, update, reorder or delete Alice's habit")
    void habits() {
        Habit hijacked = new Habit(alicesHabit.id(), bob.id(), "Hijacked", "", alicesHabit.color(), Optional.empty(),
                alicesHabit.schedule(), alicesHabit.goal(), alicesHabit.startDate(), alicesHabit.commitmentDays(),
                true, 5, alicesHabit.createdAt());

        assertThat(db.habits().find(bob.id(), alicesHabit.id())).isEmpty();
        assertThat(db.habits().findAll(bob.id())).isEmpty();
        assertThat(db.habits().count(bob.id())).isZero();
        assertThat(db.habits().update(hijacked)).isFalse();
        db.habits().reorder(bob.id(), List.of(TestData.habit(bob.id(), "x", 0).id(), alicesHabit.id()));
        assertThat(db.habits().delete(bob.id(), alicesHabit.id())).isFalse();
    }

    @Test
    @DisplayName("Bob cannot record, clear or read check-ins of Alice's habit")
    void checkIns() {
        assertThat(db.checkIns().upsert(bob.id(), CheckIn.skipped(alicesHabit.id(), DAY))).isFalse();
        assertThat(db.checkIns().upsert(bob.id(), CheckIn.done(alicesHabit.id(), DAY.minusDays(1)))).isFalse();
        assertThat(db.checkIns().delete(bob.id(), alicesHabit.id(), DAY)).isFalse();
        assertThat(db.checkIns().findByHabit(bob.id(), alicesHabit.id(), DAY.minusYears(1), DAY)).isEmpty();
        assertThat(db.checkIns().findAllByOwner(bob.id())).isEmpty();
        assertThat(db.checkIns().findByHabit(alice.id(), alicesHabit.id(), DAY.minusDays(1), DAY.minusDays(1)))
                .isEmpty();
    }

    @Test
    @DisplayName("Bob cannot see or delete Alice's pause, nor pause Alice's habit (the database refuses)")
    void pauses() {
        Pause onAlicesHabit = new Pause(new PauseId(UUID.randomUUID()), bob.id(), Optional.of(alicesHabit.id()), DAY,
                DAY.plusDays(2));

        assertThat(db.pauses().findAll(bob.id())).isEmpty();
        assertThat(db.pauses().delete(bob.id(), alicesPause.id())).isFalse();
        assertThatThrownBy(() -> db.pauses().add(onAlicesHabit)).isInstanceOf(JdbiException.class)
                .hasMessageContaining("violates foreign key constraint");
    }

    @Test
    @DisplayName("Bob can neither record nor read milestones of Alice's habit")
    void milestones() {
        db.milestones().recordNew(bob.id(), alicesHabit.id(), List.of(new Milestone(MilestoneKind.STREAK_14, DAY)));

        assertThat(db.milestones().findByHabit(bob.id(), alicesHabit.id())).isEmpty();
    }

    @Test
    @DisplayName("Bob can neither list nor delete Alice's API token")
    void apiTokens() {
        assertThat(db.apiTokens().findAll(bob.id())).isEmpty();
        assertThat(db.apiTokens().delete(bob.id(), alicesToken.id())).isFalse();
    }

    @Test
    @DisplayName("revoking all of Bob's sessions leaves Alice's")
    void sessions() {
        db.sessions().revokeAll(bob.id());
    }
}
