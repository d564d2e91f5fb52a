package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CheckInRepository} does: one check-in per habit and day (recording again replaces it),
 * ordered by day, every call scoped by the habit's owner, and gone with the habit or the owner. Amounts
 * are compared by value ({@code 12.5} equals {@code 12.500}).
 */
public abstract class CheckInRepositoryContract {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    protected abstract UserRepository users();

    protected abstract HabitRepository habits();

    protected abstract CheckInRepository checkIns();

    private UserId ada;
    private UserId bob;
    private Habit read;
    private Habit run;

    @BeforeEach
    void createOwnersAndHabits() {
        ada = addUser();
        bob = addUser();
        read = addHabit(TestData.fullHabit(ada, "Read", 0));
        run = addHabit(TestData.habit(ada, "Run", 1));
    }

    private UserId addUser() {
        User user = TestData.user();
        users().add(user);
        return user.id();
    }

    private Habit addHabit(Habit habit) {
        habits().add(habit);
        return habit;
    }

    private List<CheckIn> all(UserId owner, HabitId habit) {
        return Normalise.checkIns(checkIns().findByHabit(owner, habit, LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 1, 1)));
    }

    @Test
    @DisplayName("a recorded check-in is found with its status, amount and note")
    void recordedCheckInIsFound() {
        CheckIn checkIn = TestData.measured(read.id(), DAY, "12.5", "on the train");

        assertThat(checkIns().upsert(ada, checkIn)).isTrue();
        assertThat(all(ada, read.id())).containsExactly(Normalise.checkIn(checkIn));
    }

    @Test
    @DisplayName("recording the same habit and day again replaces the check-in")
    void recordingAgainReplaces() {
        checkIns().upsert(ada, TestData.measured(read.id(), DAY, "5", "first"));
        CheckIn replacement = CheckIn.skipped(read.id(), DAY);

        assertThat(checkIns().upsert(ada, replacement)).isTrue();
        assertThat(all(ada, read.id())).containsExactly(replacement);
    }

    @Test
    @DisplayName("recording the identical check-in twice keeps one")
    void identicalUpsertIsIdempotent() {
        CheckIn checkIn = TestData.done(run.id(), DAY);

        checkIns().upsert(ada, checkIn);
        checkIns().upsert(ada, checkIn);

        assertThat(all(ada, run.id())).containsExactly(checkIn);
    }

    @Test
    @DisplayName("the same day of two habits holds two check-ins")
    void sameDayOfTwoHabits() {
        checkIns().upsert(ada, TestData.done(read.id(), DAY));
        checkIns().upsert(ada, TestData.done(run.id(), DAY));

        assertThat(all(ada, read.id())).containsExactly(TestData.done(read.id(), DAY));
        assertThat(all(ada, run.id())).containsExactly(TestData.done(run.id(), DAY));
    }

    @Test
    @DisplayName("findByHabit lists the range, both ends included, by day")
    void findByHabitListsTheRangeByDay() {
        for (LocalDate day : List.of(DAY.plusDays(3), DAY.minusDays(2), DAY, DAY.minusDays(1), DAY.plusDays(1))) {
            checkIns().upsert(ada, TestData.done(run.id(), day));
        }

        assertThat(checkIns().findByHabit(ada, run.id(), DAY.minusDays(1), DAY.plusDays(1)))
                .extracting(CheckIn::day)
                .containsExactly(DAY.minusDays(1), DAY, DAY.plusDays(1));
    }

    @Test
    @DisplayName("another user cannot read a habit's check-ins")
    void anotherUserCannotRead() {
        checkIns().upsert(ada, TestData.done(run.id(), DAY));

        assertThat(checkIns().findByHabit(bob, run.id(), DAY, DAY)).isEmpty();
        assertThat(checkIns().findAllByOwner(bob)).isEmpty();
    }

    @Test
    @DisplayName("recording on another user's habit reports false and writes nothing")
    void anotherUserCannotRecord() {
        assertThat(checkIns().upsert(bob, TestData.done(run.id(), DAY))).isFalse();

        assertThat(all(ada, run.id())).isEmpty();
    }

    @Test
    @DisplayName("recording on another user's habit does not replace the owner's check-in")
    void anotherUserCannotReplace() {
        CheckIn original = TestData.done(run.id(), DAY);
        checkIns().upsert(ada, original);

        checkIns().upsert(bob, CheckIn.skipped(run.id(), DAY));

        assertThat(all(ada, run.id())).containsExactly(original);
    }

    @Test
    @DisplayName("recording on an unknown habit reports false")
    void unknownHabitCannotBeRecorded() {
        assertThat(checkIns().upsert(ada, TestData.done(new HabitId(UUID.randomUUID()), DAY))).isFalse();
    }

    @Test
    @DisplayName("a cleared day is gone, and clearing it again reports false")
    void deleteClearsTheDay() {
        checkIns().upsert(ada, TestData.done(run.id(), DAY));
        checkIns().upsert(ada, TestData.done(run.id(), DAY.plusDays(1)));

        assertThat(checkIns().delete(ada, run.id(), DAY)).isTrue();
        assertThat(all(ada, run.id())).containsExactly(TestData.done(run.id(), DAY.plusDays(1)));
        assertThat(checkIns().delete(ada, run.id(), DAY)).isFalse();
    }

    @Test
    @DisplayName("another user cannot clear a habit's day")
    void anotherUserCannotDelete() {
        checkIns().upsert(ada, TestData.done(run.id(), DAY));

        assertThat(checkIns().delete(bob, run.id(), DAY)).isFalse();
        assertThat(all(ada, run.id())).containsExactly(TestData.done(run.id(), DAY));
    }

    @Test
    @DisplayName("findAllByOwner gives each habit's check-ins by day, and no one else's")
    void findAllByOwnerGroupsByHabit() {
        checkIns().upsert(ada, TestData.done(run.id(), DAY));
        checkIns().upsert(ada, TestData.done(run.id(), DAY.minusDays(3)));
        checkIns().upsert(ada, TestData.measured(read.id(), DAY, "20", ""));
        Habit bobs = addHabit(TestData.habit(bob, "Bob's", 0));
        checkIns().upsert(bob, TestData.done(bobs.id(), DAY));

        Map<HabitId, List<CheckIn>> all = checkIns().findAllByOwner(ada);

        assertThat(all).containsOnlyKeys(read.id(), run.id());
        assertThat(all.get(run.id())).containsExactly(TestData.done(run.id(), DAY.minusDays(3)),
                TestData.done(run.id(), DAY));
        assertThat(Normalise.checkIns(all.get(read.id())))
                .containsExactly(Normalise.checkIn(TestData.measured(read.id(), DAY, "20", "")));
    }

    @Test
    @DisplayName("findAfter gives each named habit's check-ins after its own day, by day, and no one else's")
    void findAfterLeavesOutEachHabitsDayAndEarlier() {
        checkIns().upsert(ada, TestData.done(run.id(), DAY));
        checkIns().upsert(ada, TestData.done(run.id(), DAY.minusDays(2)));
        checkIns().upsert(ada, TestData.done(run.id(), DAY.minusDays(3)));
        checkIns().upsert(ada, TestData.done(read.id(), DAY.minusDays(3)));
        checkIns().upsert(ada, TestData.done(read.id(), DAY.minusDays(1)));
        Habit bobs = addHabit(TestData.habit(bob, "Bob's", 0));
        checkIns().upsert(bob, TestData.done(bobs.id(), DAY));

        Map<HabitId, List<CheckIn>> later = checkIns().findAfter(ada,
                Map.of(run.id(), DAY.minusDays(3), read.id(), DAY.minusDays(1), bobs.id(), DAY.minusDays(9)));

        assertThat(later).containsOnlyKeys(run.id());
        assertThat(later.get(run.id())).containsExactly(TestData.done(run.id(), DAY.minusDays(2)),
                TestData.done(run.id(), DAY));
    }

    @Test
    @DisplayName("deleting a habit deletes its check-ins and keeps the other habits'")
    void deletingTheHabitDeletesItsCheckIns() {
        checkIns().upsert(ada, TestData.done(run.id(), DAY));
        checkIns().upsert(ada, TestData.done(read.id(), DAY));

        habits().delete(ada, run.id());

        assertThat(checkIns().findAllByOwner(ada)).containsOnlyKeys(read.id());
        assertThat(all(ada, run.id())).isEmpty();
    }

    @Test
    @DisplayName("deleting the owner deletes their check-ins")
    void deletingTheOwnerDeletesCheckIns() {
        checkIns().upsert(ada, TestData.done(run.id(), DAY));

        assertThat(users().delete(ada)).isTrue();

        assertThat(checkIns().findAllByOwner(ada)).isEmpty();
    }
}
