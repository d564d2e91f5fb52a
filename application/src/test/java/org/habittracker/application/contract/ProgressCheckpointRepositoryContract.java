package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.progress.SettledRuns;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProgressCheckpointRepository} does, with its {@link CheckInRepository}: one checkpoint per
 * habit, kept as saved, scoped by owner, gone with the habit, and dropped by a check-in change on or before its
 * day.
 */
public abstract class ProgressCheckpointRepositoryContract {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    private static final ProgressCheckpoint CHECKPOINT = new ProgressCheckpoint(AS_OF, "daily|yesno|2026-01-01|MONDAY|",
            0.8125, List.of(1L, 0L, 2_500_000L), 311, 12);

    protected abstract UserRepository users();

    protected abstract HabitRepository habits();

    protected abstract CheckInRepository checkIns();

    protected abstract ProgressCheckpointRepository checkpoints();

    private UserId ada;
    private UserId bob;
    private Habit run;

    @BeforeEach
    void createOwnersAndHabit() {
        ada = addUser();
        bob = addUser();
        run = TestData.habit(ada, "Run", 0);
        habits().add(run);
    }

    private UserId addUser() {
        User user = TestData.user();
        users().add(user);
        return user.id();
    }

    @Test
    void aSavedCheckpointReadsBackAsSaved() {
        checkpoints().save(ada, run.id(), CHECKPOINT);

        assertThat(checkpoints().findAll(ada)).containsExactlyEntriesOf(Map.of(run.id(), CHECKPOINT));
    }

    @Test
    void aRollingWindowsSettledRunsReadBackAsSaved() {
        BitSet marked = new BitSet();
        marked.set(0);
        marked.set(3, 9);
        marked.set(700);
        ProgressCheckpoint window = new ProgressCheckpoint(AS_OF, "window3/7|yesno|2026-01-01|MONDAY|", 0.5,
                List.of(1L, 0L), 40, 0, Optional.of(new SettledRuns(AS_OF.minusDays(5), List.of(
                        new SettledRuns.Branch(4, 17, new BitSet()), new SettledRuns.Branch(6, 0, marked),
                        new SettledRuns.Branch(SettledRuns.NO_NEWER_RUN, 2_000, marked)))));

        checkpoints().save(ada, run.id(), window);

        assertThat(checkpoints().findAll(ada)).containsExactlyEntriesOf(Map.of(run.id(), window));
    }

    @Test
    void whatTheDaysReachedReadsBackAsSavedAndIsReplacedByACheckpointWithout() {
        ProgressCheckpoint reached = new ProgressCheckpoint(AS_OF, "daily|yesno|2026-01-01|MONDAY|", 0.8125,
                List.of(1L, 0L), 311, 12, Optional.empty(), Optional.of(new ProgressCheckpoint.Reached(40, 290)));

        checkpoints().save(ada, run.id(), reached);
        assertThat(checkpoints().findAll(ada)).containsExactlyEntriesOf(Map.of(run.id(), reached));

        checkpoints().save(ada, run.id(), CHECKPOINT);
        assertThat(checkpoints().findAll(ada)).containsExactlyEntriesOf(Map.of(run.id(), CHECKPOINT));
    }

    @Test
    void savingAgainReplacesTheHabitsCheckpoint() {
        checkpoints().save(ada, run.id(), CHECKPOINT);
        ProgressCheckpoint later = new ProgressCheckpoint(AS_OF.plusDays(3), "other", 0.5, List.of(), 0, 0);

        checkpoints().save(ada, run.id(), later);

        assertThat(checkpoints().findAll(ada)).containsExactlyEntriesOf(Map.of(run.id(), later));
    }

    @Test
    void anotherOwnerCanNeitherSaveNorReadIt() {
        checkpoints().save(bob, run.id(), CHECKPOINT);

        assertThat(checkpoints().findAll(ada)).isEmpty();
        checkpoints().save(ada, run.id(), CHECKPOINT);
        assertThat(checkpoints().findAll(bob)).isEmpty();
    }

    @Test
    void aCheckInOnTheCheckpointsDayDropsIt() {
        checkpoints().save(ada, run.id(), CHECKPOINT);

        checkIns().upsert(ada, CheckIn.done(run.id(), AS_OF));

        assertThat(checkpoints().findAll(ada)).isEmpty();
    }

    @Test
    void aBackDatedCheckInDropsIt() {
        checkpoints().save(ada, run.id(), CHECKPOINT);

        checkIns().upsert(ada, CheckIn.done(run.id(), AS_OF.minusDays(100)));

        assertThat(checkpoints().findAll(ada)).isEmpty();
    }

    @Test
    void clearingADayOnOrBeforeItDropsIt() {
        checkpoints().save(ada, run.id(), CHECKPOINT);

        checkIns().delete(ada, run.id(), AS_OF.minusDays(1));

        assertThat(checkpoints().findAll(ada)).isEmpty();
    }

    @Test
    void aCheckInAfterItsDayKeepsIt() {
        checkpoints().save(ada, run.id(), CHECKPOINT);

        checkIns().upsert(ada, CheckIn.done(run.id(), AS_OF.plusDays(1)));
        checkIns().delete(ada, run.id(), AS_OF.plusDays(1));

        assertThat(checkpoints().findAll(ada)).containsKey(run.id());
    }

    @Test
    void anotherOwnersCheckInChangesNothing() {
        checkpoints().save(ada, run.id(), CHECKPOINT);

        checkIns().upsert(bob, CheckIn.done(run.id(), AS_OF));

        assertThat(checkpoints().findAll(ada)).containsKey(run.id());
    }

    @Test
    void itGoesWithItsHabit() {
        checkpoints().save(ada, run.id(), CHECKPOINT);

        habits().delete(ada, run.id());

        assertThat(checkpoints().findAll(ada)).isEmpty();
    }
}
