package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HabitRepository} does: every call scoped by owner, the board order, reordering and the
 * cascade when the owner goes. Owners are made through {@link #users()}, so foreign keys hold.
 */
public abstract class HabitRepositoryContract {

    protected abstract UserRepository users();

    protected abstract HabitRepository habits();

    private UserId ada;
    private UserId bob;

    @BeforeEach
    void createOwners() {
        ada = addUser();
        bob = addUser();
    }

    private UserId addUser() {
        User user = TestData.user();
        users().add(user);
        return user.id();
    }

    private Habit add(Habit habit) {
        habits().add(habit);
        return habit;
    }

    @Test
    @DisplayName("an added habit is found with every field intact")
    void addedHabitIsFound() {
        Habit habit = add(TestData.fullHabit(ada, "Read", 0));

        assertThat(habits().find(ada, habit.id()).map(Normalise::habit)).contains(Normalise.habit(habit));
    }

    @Test
    @DisplayName("each kind of schedule and goal comes back as it was stored")
    void everyScheduleAndGoalRoundTrips() {
        List<Schedule> schedules = List.of(new Schedule.Daily(),
                new Schedule.Weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                new Schedule.TimesPerWindow(2, 5), new Schedule.TimesPerWeek(3), new Schedule.TimesPerMonth(10));
        List<Goal> goals = List.of(new Goal.YesNo(),
                new Goal.Measured(new BigDecimal("2.5"), "coffees", Goal.Direction.AT_MOST),
                new Goal.Measured(BigDecimal.ZERO, "", Goal.Direction.AT_MOST));
        int position = 0;
        for (Schedule schedule : schedules) {
            for (Goal goal : goals) {
                Habit habit = add(new Habit(new HabitId(UUID.randomUUID()), ada, "Habit " + position, "",
                        new HexColor("#123abc"), Optional.empty(), schedule, goal, LocalDate.of(2024, 2, 29),
                        OptionalInt.of(3), position % 2 == 0, position, TestData.CREATED));
                assertThat(habits().find(ada, habit.id()).map(Normalise::habit)).contains(Normalise.habit(habit));
                position++;
            }
        }
    }

    @Test
    @DisplayName("another user's habit is not found")
    void anotherUsersHabitIsNotFound() {
        Habit habit = add(TestData.habit(ada, "Run", 0));

        assertThat(habits().find(bob, habit.id())).isEmpty();
    }

    @Test
    @DisplayName("an unknown habit is not found")
    void unknownHabitIsNotFound() {
        assertThat(habits().find(ada, new HabitId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    @DisplayName("findAll lists only the owner's habits, archived included, by position")
    void findAllListsOwnHabitsByPosition() {
        Habit third = add(TestData.habit(ada, "Third", 2));
        Habit first = add(TestData.habit(ada, "First", 0).withArchived(true));
        Habit second = add(TestData.habit(ada, "Second", 1));
        add(TestData.habit(bob, "Bob's", 0));

        assertThat(habits().findAll(ada)).containsExactly(first, second, third);
    }

    @Test
    @DisplayName("habits on the same position are listed by creation")
    void samePositionIsOrderedByCreation() {
        Habit later = add(new Habit(new HabitId(UUID.randomUUID()), ada, "Later", "", new HexColor("#000000"),
                Optional.empty(), new Schedule.Daily(), new Goal.YesNo(), TestData.START_DATE, OptionalInt.empty(),
                false, 0, Instant.parse("2026-11-02T00:00:00Z")));
        Habit earlier = add(new Habit(new HabitId(UUID.randomUUID()), ada, "Earlier", "", new HexColor("#000000"),
                Optional.empty(), new Schedule.Daily(), new Goal.YesNo(), TestData.START_DATE, OptionalInt.empty(),
                false, 0, Instant.parse("2026-11-01T00:00:00Z")));

        assertThat(habits().findAll(ada)).containsExactly(earlier, later);
    }

    @Test
    @DisplayName("count counts the owner's habits only, archived included")
    void countCountsOwnHabits() {
        add(TestData.habit(ada, "One", 0));
        add(TestData.habit(ada, "Two", 1).withArchived(true));
        add(TestData.habit(bob, "Bob's", 0));

        assertThat(habits().count(ada)).isEqualTo(2);
        assertThat(habits().count(bob)).isEqualTo(1);
    }

    @Test
    @DisplayName("update replaces the stored habit")
    void updateReplacesTheHabit() {
        Habit habit = add(TestData.habit(ada, "Walk", 0));
        Habit changed = TestData.fullHabit(ada, "Walk far", 3).withArchived(true);
        Habit updated = new Habit(habit.id(), ada, changed.name(), changed.description(), changed.color(),
                changed.emoji(), changed.schedule(), changed.goal(), changed.startDate(), changed.commitmentDays(),
                true, 3, habit.createdAt());

        assertThat(habits().update(updated)).isTrue();
        assertThat(habits().find(ada, habit.id()).map(Normalise::habit)).contains(Normalise.habit(updated));
    }

    @Test
    @DisplayName("updating another user's habit reports false and changes nothing")
    void updateOfAnotherUsersHabitIsRefused() {
        Habit habit = add(TestData.habit(ada, "Walk", 0));
        Habit hijacked = new Habit(habit.id(), bob, "Hijacked", "", habit.color(), habit.emoji(), habit.schedule(),
                habit.goal(), habit.startDate(), habit.commitmentDays(), true, 0, habit.createdAt());

        assertThat(habits().update(hijacked)).isFalse();
        assertThat(habits().find(ada, habit.id())).contains(habit);
        assertThat(habits().find(bob, habit.id())).isEmpty();
    }

    @Test
    @DisplayName("updating an unknown habit reports false")
    void updateOfUnknownHabit() {
        assertThat(habits().update(TestData.habit(ada, "Ghost", 0))).isFalse();
        assertThat(habits().count(ada)).isZero();
    }

    @Test
    @DisplayName("a deleted habit is gone, and deleting again reports false")
    void deleteRemovesTheHabit() {
        Habit habit = add(TestData.habit(ada, "Swim", 0));
        Habit other = add(TestData.habit(ada, "Cycle", 1));

        assertThat(habits().delete(ada, habit.id())).isTrue();
        assertThat(habits().find(ada, habit.id())).isEmpty();
        assertThat(habits().findAll(ada)).containsExactly(other);
        assertThat(habits().delete(ada, habit.id())).isFalse();
    }

    @Test
    @DisplayName("deleting another user's habit reports false and keeps it")
    void deleteOfAnotherUsersHabitIsRefused() {
        Habit habit = add(TestData.habit(ada, "Swim", 0));

        assertThat(habits().delete(bob, habit.id())).isFalse();
        assertThat(habits().find(ada, habit.id())).contains(habit);
    }

    @Test
    @DisplayName("reorder sets each habit's position to its place in the list")
    void reorderSetsPositions() {
        Habit a = add(TestData.habit(ada, "A", 0));
        Habit b = add(TestData.habit(ada, "B", 1));
        Habit c = add(TestData.habit(ada, "C", 2));

        habits().reorder(ada, List.of(c.id(), a.id(), b.id()));

        assertThat(habits().findAll(ada)).containsExactly(c.withPosition(0), a.withPosition(1), b.withPosition(2));
    }

    @Test
    @DisplayName("reorder ignores habits the owner does not have")
    void reorderIgnoresOtherUsersHabits() {
        Habit mine = add(TestData.habit(ada, "Mine", 0));
        Habit bobs = add(TestData.habit(bob, "Bob's", 5));

        habits().reorder(ada, List.of(bobs.id(), mine.id()));

        assertThat(habits().find(bob, bobs.id())).contains(bobs);
        assertThat(habits().find(ada, mine.id())).contains(mine.withPosition(1));
    }

    @Test
    @DisplayName("deleting the owner deletes their habits and only theirs")
    void deletingTheOwnerDeletesTheirHabits() {
        Habit habit = add(TestData.habit(ada, "Gone with ada", 0));
        Habit bobs = add(TestData.habit(bob, "Stays", 0));

        users().delete(ada);

        assertThat(habits().find(ada, habit.id())).isEmpty();
        assertThat(habits().findAll(ada)).isEmpty();
        assertThat(habits().count(ada)).isZero();
        assertThat(habits().findAll(bob)).containsExactly(bobs);
    }
}
