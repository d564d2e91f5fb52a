package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} does with the repositories it coordinates: the work's writes happen
 * together when it returns, and none of them when it throws. The repositories given must be the ones the
 * transactions govern (the same database).
 */
public abstract class TransactionsContract {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    protected abstract Transactions transactions();

    protected abstract UserRepository users();

    protected abstract HabitRepository habits();

    protected abstract CheckInRepository checkIns();

    /** The failure the tests throw from inside a transaction. */
    private static final class WorkFailed extends RuntimeException {
        WorkFailed() {
            super("the work failed half-way");
        }
    }

    @Test
    @DisplayName("the work's result is returned and its writes are kept")
    void committedWorkIsKept() {
        User user = TestData.user();
        Habit habit = TestData.habit(user.id(), "Read", 0);

        String result = transactions().inTransaction(() -> {
            users().add(user);
            habits().add(habit);
            checkIns().upsert(user.id(), TestData.done(habit.id(), DAY));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(users().findById(user.id())).contains(user);
        assertThat(habits().find(user.id(), habit.id())).contains(habit);
        assertThat(checkIns().findByHabit(user.id(), habit.id(), DAY, DAY))
                .containsExactly(TestData.done(habit.id(), DAY));
    }

    @Test
    @DisplayName("run keeps the writes of work that returns nothing")
    void runCommits() {
        User user = TestData.user();

        transactions().run(() -> users().add(user));

        assertThat(users().findById(user.id())).contains(user);
    }

    @Test
    @DisplayName("an exception undoes every write made inside and reaches the caller unchanged")
    void exceptionRollsBackEveryWrite() {
        User user = TestData.user();
        Habit habit = TestData.habit(user.id(), "Read", 0);
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            users().add(user);
            habits().add(habit);
            checkIns().upsert(user.id(), TestData.done(habit.id(), DAY));
            throw failure;
        })).isSameAs(failure);

        assertThat(users().findById(user.id())).isEmpty();
        assertThat(habits().find(user.id(), habit.id())).isEmpty();
        assertThat(checkIns().findAllByOwner(user.id())).isEmpty();
    }

    @Test
    @DisplayName("a rollback restores changed and deleted rows and keeps what was there before")
    void rollbackRestoresEarlierState() {
        User user = TestData.user();
        users().add(user);
        Habit kept = TestData.habit(user.id(), "Kept", 0);
        Habit deleted = TestData.habit(user.id(), "Deleted inside", 1);
        habits().add(kept);
        habits().add(deleted);
        CheckIn checkIn = TestData.done(kept.id(), DAY);
        checkIns().upsert(user.id(), checkIn);

        assertThatThrownBy(() -> transactions().run(() -> {
            users().updateSettings(user.id(), new UserSettings(ZoneId.of("Asia/Tokyo"), 4, DayOfWeek.SUNDAY));
            habits().update(kept.withArchived(true));
            habits().delete(user.id(), deleted.id());
            checkIns().upsert(user.id(), CheckIn.skipped(kept.id(), DAY));
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(users().findById(user.id())).contains(user);
        assertThat(habits().findAll(user.id())).containsExactly(kept, deleted);
        assertThat(checkIns().findByHabit(user.id(), kept.id(), DAY, DAY)).containsExactly(checkIn);
    }

    @Test
    @DisplayName("inside the work, reads see the writes made earlier in it")
    void workReadsItsOwnWrites() {
        User user = TestData.user();

        int counted = transactions().inTransaction(() -> {
            users().add(user);
            habits().add(TestData.habit(user.id(), "One", 0));
            habits().add(TestData.habit(user.id(), "Two", 1));
            return habits().count(user.id());
        });

        assertThat(counted).isEqualTo(2);
    }

    @Test
    @DisplayName("a failed transaction leaves the next one free to commit")
    void aFailureDoesNotPoisonTheNextTransaction() {
        User failed = TestData.user();
        User next = TestData.user();
        assertThatThrownBy(() -> transactions().run(() -> {
            users().add(failed);
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        transactions().run(() -> users().add(next));

        assertThat(users().findById(next.id())).contains(next);
        assertThat(users().findById(failed.id())).isEmpty();
    }
}
