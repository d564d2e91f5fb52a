package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MilestoneRepository} does: each kind recorded once per habit with the day it was first
 * reached, listed by that day, scoped by owner, gone with the habit.
 */
public abstract class MilestoneRepositoryContract {

    private static final Milestone WEEK = new Milestone(MilestoneKind.STREAK_7, LocalDate.of(2026, 11, 7));
    private static final Milestone FORTNIGHT = new Milestone(MilestoneKind.STREAK_14, LocalDate.of(2026, 11, 14));
    private static final Milestone COMMITMENT =
            new Milestone(MilestoneKind.COMMITMENT_COMPLETED, LocalDate.of(2026, 11, 3));

    protected abstract UserRepository users();

    protected abstract HabitRepository habits();

    protected abstract MilestoneRepository milestones();

    private UserId ada;
    private UserId bob;
    private Habit run;
    private Habit read;

    @BeforeEach
    void createOwnersAndHabits() {
        ada = addUser();
        bob = addUser();
        run = TestData.habit(ada, "Run", 0);
        read = TestData.habit(ada, "Read", 1);
        habits().add(run);
        habits().add(read);
    }

    private UserId addUser() {
        User user = TestData.user();
        users().add(user);
        return user.id();
    }

    @Test
    @DisplayName("recorded milestones are listed by the day they were reached")
    void milestonesAreListedByDay() {
        milestones().recordNew(ada, run.id(), List.of(FORTNIGHT, WEEK, COMMITMENT));

        assertThat(milestones().findByHabit(ada, run.id())).containsExactly(COMMITMENT, WEEK, FORTNIGHT);
    }

    @Test
    @DisplayName("recording a milestone again keeps the day it was first reached")
    void firstDayIsKept() {
        milestones().recordNew(ada, run.id(), List.of(WEEK));

        milestones().recordNew(ada, run.id(), List.of(new Milestone(MilestoneKind.STREAK_7, LocalDate.of(2026, 12, 1))));

        assertThat(milestones().findByHabit(ada, run.id())).containsExactly(WEEK);
    }

    @Test
    @DisplayName("new kinds are added beside those already recorded")
    void newKindsAreAdded() {
        milestones().recordNew(ada, run.id(), List.of(WEEK));

        milestones().recordNew(ada, run.id(),
                List.of(new Milestone(MilestoneKind.STREAK_7, LocalDate.of(2026, 12, 1)), FORTNIGHT));

        assertThat(milestones().findByHabit(ada, run.id())).containsExactly(WEEK, FORTNIGHT);
    }

    @Test
    @DisplayName("recording nothing changes nothing")
    void emptyListIsANoOp() {
        milestones().recordNew(ada, run.id(), List.of(WEEK));

        milestones().recordNew(ada, run.id(), List.of());

        assertThat(milestones().findByHabit(ada, run.id())).containsExactly(WEEK);
    }

    @Test
    @DisplayName("each habit has its own milestones")
    void milestonesArePerHabit() {
        milestones().recordNew(ada, run.id(), List.of(WEEK));
        milestones().recordNew(ada, read.id(), List.of(FORTNIGHT));

        assertThat(milestones().findByHabit(ada, run.id())).containsExactly(WEEK);
        assertThat(milestones().findByHabit(ada, read.id())).containsExactly(FORTNIGHT);
    }

    @Test
    @DisplayName("another user can neither record nor read a habit's milestones")
    void anotherUserCannotRecordOrRead() {
        milestones().recordNew(ada, run.id(), List.of(WEEK));

        milestones().recordNew(bob, run.id(), List.of(FORTNIGHT));

        assertThat(milestones().findByHabit(bob, run.id())).isEmpty();
        assertThat(milestones().findByHabit(ada, run.id())).containsExactly(WEEK);
    }

    @Test
    @DisplayName("deleting a habit deletes its milestones and keeps the other habits'")
    void deletingTheHabitDeletesItsMilestones() {
        milestones().recordNew(ada, run.id(), List.of(WEEK));
        milestones().recordNew(ada, read.id(), List.of(FORTNIGHT));

        habits().delete(ada, run.id());

        assertThat(milestones().findByHabit(ada, run.id())).isEmpty();
        assertThat(milestones().findByHabit(ada, read.id())).containsExactly(FORTNIGHT);
    }
}
