package org.habittracker.application.service.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.testing.HabitFixtures.daily;
import static org.habittracker.application.testing.HabitFixtures.noChange;
import static org.habittracker.application.testing.HabitFixtures.rename;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.habittracker.application.error.LimitExceededException;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.habit.Change;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.habit.ManageHabitsUseCase;
import org.habittracker.application.port.in.habit.ReorderHabitsCommand;
import org.habittracker.application.port.in.habit.UpdateHabitCommand;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManageHabitsServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final InMemoryApplication app = new InMemoryApplication();
    private final ManageHabitsUseCase habits = app.services().habits();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");

    private static CreateHabitCommand with(CreateHabitCommand c, Consumer<Object[]> change) {
        Object[] f = {c.owner(), c.name(), c.description(), c.color(), c.emoji(), c.schedule(), c.goal(),
                c.startDate(), c.commitmentDays()};
        change.accept(f);
        @SuppressWarnings("unchecked")
        CreateHabitCommand changed = new CreateHabitCommand((UserId) f[0], (String) f[1], (Optional<String>) f[2],
                (HexColor) f[3], (Optional<String>) f[4], (Schedule) f[5], (Goal) f[6], (Optional<LocalDate>) f[7],
                (Optional<Integer>) f[8]);
        return changed;
    }

    @Test
    @DisplayName("a new habit gets an id, its owner, position 0, the owner's today as start and now as creation")
    void createFillsTheDefaults() {
        Habit habit = habits.create(daily(ada, "  Read  "));

        assertThat(habit.owner()).isEqualTo(ada);
        assertThat(habit.name()).isEqualTo("Read");
        assertThat(habit.position()).isZero();
        assertThat(habit.startDate()).isEqualTo(TODAY);
        assertThat(habit.createdAt()).isEqualTo(InMemoryPorts.START);
        assertThat(habit.archived()).isFalse();
        assertThat(habits.get(ada, habit.id())).isEqualTo(habit);
    }

    @Test
    @DisplayName("every field of the command is kept")
    void createKeepsEveryField() {
        Habit habit = habits.create(HabitFixtures.measured(ada, "Read", LocalDate.of(2026, 10, 1)));

        assertThat(habit.description()).isEqualTo("20 pages");
        assertThat(habit.color()).isEqualTo(new HexColor("#3949ab"));
        assertThat(habit.emoji()).contains("📚");
        assertThat(habit.goal()).isInstanceOf(Goal.Measured.class);
        assertThat(habit.startDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(habit.commitmentDays()).isEqualTo(OptionalInt.of(66));
    }

    @Test
    @DisplayName("a new habit goes after the owner's last one, whatever other users have")
    void createAppendsToTheBoard() {
        habits.create(daily(ada, "First"));
        habits.create(daily(bob, "Bob's"));

        assertThat(habits.create(daily(ada, "Second")).position()).isEqualTo(1);
    }

    static Stream<Arguments> invalidCreates() {
        return Stream.of(
                Arguments.of("name", (Consumer<Object[]>) f -> f[1] = " "),
                Arguments.of("name", (Consumer<Object[]>) f -> f[1] = "x".repeat(101)),
                Arguments.of("description", (Consumer<Object[]>) f -> f[2] = Optional.of("x".repeat(1001))),
                Arguments.of("color", (Consumer<Object[]>) f -> f[3] = null),
                Arguments.of("emoji", (Consumer<Object[]>) f -> f[4] = Optional.of("x".repeat(17))),
                Arguments.of("schedule", (Consumer<Object[]>) f -> f[5] = null),
                Arguments.of("goal", (Consumer<Object[]>) f -> f[6] = null),
                Arguments.of("startDate", (Consumer<Object[]>) f -> f[7] = Optional.of(LocalDate.of(1999, 12, 31))),
                Arguments.of("commitmentDays", (Consumer<Object[]>) f -> f[8] = Optional.of(2)),
                Arguments.of("commitmentDays", (Consumer<Object[]>) f -> f[8] = Optional.of(366)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCreates")
    @DisplayName("an invalid field is refused, naming the field, and nothing is created")
    void invalidCreateNamesTheField(String field, Consumer<Object[]> breakIt) {
        assertRefusedOn(field, () -> habits.create(with(daily(ada, "Read"), breakIt)));

        assertThat(habits.list(ada)).isEmpty();
    }

    @Test
    @DisplayName("every invalid field is reported at once")
    void allViolationsAtOnce() {
        CreateHabitCommand bad = with(daily(ada, "Read"), f -> {
            f[1] = "";
            f[8] = Optional.of(1);
        });

        assertRefusedOn("name", () -> habits.create(bad));
        assertRefusedOn("commitmentDays", () -> habits.create(bad));
    }

    @Test
    @DisplayName("the 501st habit is refused with a limit error and not created")
    void atMost500Habits() {
        for (int i = 0; i < ManageHabitsService.MAX_HABITS; i++) {
            habits.create(daily(ada, "Habit " + i));
        }

        assertThatThrownBy(() -> habits.create(daily(ada, "One too many")))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.field()).isEqualTo("habits");
                    assertThat(e.limit()).isEqualTo(500);
                });
        assertThat(habits.list(ada)).hasSize(500);
    }

    @Test
    @DisplayName("list gives all the owner's habits, archived included, in board order")
    void listInBoardOrder() {
        Habit first = habits.create(daily(ada, "First"));
        Habit second = habits.create(daily(ada, "Second"));
        habits.archive(ada, first.id());
        habits.create(daily(bob, "Bob's"));

        assertThat(habits.list(ada)).extracting(Habit::id).containsExactly(first.id(), second.id());
    }

    @Test
    @DisplayName("update changes the fields given and keeps the rest")
    void updateChangesGivenFields() {
        Habit habit = habits.create(HabitFixtures.measured(ada, "Read", TODAY));

        Habit updated = habits.update(new UpdateHabitCommand(ada, habit.id(), Optional.of("Read more"),
                Optional.empty(), Optional.of(new HexColor("#FF0000")), Change.keep(), Optional.of(new Schedule.TimesPerWeek(3)),
                Optional.empty(), Optional.empty(), Change.keep()));

        assertThat(updated.name()).isEqualTo("Read more");
        assertThat(updated.color()).isEqualTo(new HexColor("#ff0000"));
        assertThat(updated.schedule()).isEqualTo(new Schedule.TimesPerWeek(3));
        assertThat(updated.description()).isEqualTo(habit.description());
        assertThat(updated.goal()).isEqualTo(habit.goal());
        assertThat(updated.emoji()).isEqualTo(habit.emoji());
        assertThat(habits.get(ada, habit.id())).isEqualTo(updated);
    }

    @Test
    @DisplayName("update can clear the emoji and the commitment")
    void updateClearsOptionalFields() {
        Habit habit = habits.create(HabitFixtures.measured(ada, "Read", TODAY));

        Habit updated = habits.update(new UpdateHabitCommand(ada, habit.id(), Optional.empty(), Optional.empty(),
                Optional.empty(), Change.clear(), Optional.empty(), Optional.empty(), Optional.empty(), Change.clear()));

        assertThat(updated.emoji()).isEmpty();
        assertThat(updated.commitmentDays()).isEmpty();
    }

    @Test
    @DisplayName("an invalid update is refused, naming the field, and changes nothing")
    void invalidUpdate() {
        Habit habit = habits.create(daily(ada, "Read"));

        assertRefusedOn("name", () -> habits.update(rename(ada, habit.id(), " ")));
        assertRefusedOn("commitmentDays", () -> habits.update(new UpdateHabitCommand(ada, habit.id(),
                Optional.empty(), Optional.empty(), Optional.empty(), Change.keep(), Optional.empty(),
                Optional.empty(), Optional.empty(), Change.set(400))));
        assertThat(habits.get(ada, habit.id())).isEqualTo(habit);
    }

    @Test
    @DisplayName("archive hides a habit as archived and unarchive brings it back")
    void archiveAndUnarchive() {
        Habit habit = habits.create(daily(ada, "Read"));

        assertThat(habits.archive(ada, habit.id()).archived()).isTrue();
        assertThat(habits.get(ada, habit.id()).archived()).isTrue();
        assertThat(habits.unarchive(ada, habit.id()).archived()).isFalse();
        assertThat(habits.get(ada, habit.id()).archived()).isFalse();
    }

    @Test
    @DisplayName("a deleted habit is not found any more")
    void deleteRemoves() {
        Habit habit = habits.create(daily(ada, "Read"));

        habits.delete(ada, habit.id());

        assertThatThrownBy(() -> habits.get(ada, habit.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> habits.delete(ada, habit.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("reorder puts the habits in the order given")
    void reorder() {
        Habit a = habits.create(daily(ada, "A"));
        Habit b = habits.create(daily(ada, "B"));
        Habit c = habits.create(daily(ada, "C"));

        List<Habit> reordered = habits.reorder(new ReorderHabitsCommand(ada, List.of(c.id(), a.id(), b.id())));

        assertThat(reordered).extracting(Habit::id).containsExactly(c.id(), a.id(), b.id());
        assertThat(habits.list(ada)).extracting(Habit::position).containsExactly(0, 1, 2);
    }

    @Test
    @DisplayName("reorder must list every habit: one missing is refused on 'order'")
    void reorderMissingHabit() {
        Habit a = habits.create(daily(ada, "A"));
        habits.create(daily(ada, "B"));

        assertRefusedOn("order", () -> habits.reorder(new ReorderHabitsCommand(ada, List.of(a.id()))));
    }

    @Test
    @DisplayName("reorder must list each habit once: a duplicate is refused on 'order'")
    void reorderDuplicate() {
        Habit a = habits.create(daily(ada, "A"));
        Habit b = habits.create(daily(ada, "B"));

        assertRefusedOn("order", () -> habits.reorder(new ReorderHabitsCommand(ada, List.of(a.id(), b.id(), a.id()))));
    }

    @Test
    @DisplayName("reorder with another user's habit in the list is refused on 'order' and changes nothing")
    void reorderWithAnotherUsersHabit() {
        Habit a = habits.create(daily(ada, "A"));
        Habit b = habits.create(daily(ada, "B"));
        Habit bobs = habits.create(daily(bob, "Bob's"));

        assertRefusedOn("order",
                () -> habits.reorder(new ReorderHabitsCommand(ada, List.of(b.id(), a.id(), bobs.id()))));
        assertThat(habits.list(ada)).extracting(Habit::id).containsExactly(a.id(), b.id());
    }

    @Test
    @DisplayName("reorder with a null id is refused on the index of the id")
    void reorderWithNull() {
        Habit a = habits.create(daily(ada, "A"));
        List<HabitId> order = new ArrayList<>();
        order.add(a.id());
        order.add(null);

        assertRefusedOn("order[1]", () -> habits.reorder(new ReorderHabitsCommand(ada, order)));
    }

    @Test
    @DisplayName("another user's habit is not found by any operation, and stays as it was")
    void anotherUsersHabitIsNotFound() {
        Habit habit = habits.create(daily(ada, "Read"));

        assertThatThrownBy(() -> habits.get(bob, habit.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> habits.update(rename(bob, habit.id(), "Mine now")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> habits.archive(bob, habit.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> habits.unarchive(bob, habit.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> habits.delete(bob, habit.id())).isInstanceOf(NotFoundException.class);
        assertThat(habits.list(bob)).isEmpty();
        assertThat(habits.get(ada, habit.id())).isEqualTo(habit);
    }

    @Test
    @DisplayName("an unknown habit is not found")
    void unknownHabitIsNotFound() {
        HabitId unknown = new HabitId(UUID.randomUUID());

        assertThatThrownBy(() -> habits.get(ada, unknown))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("habit"));
        assertThatThrownBy(() -> habits.update(noChange(ada, unknown))).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("creating a habit forgets the owner's cached read models")
    void createInvalidates() {
        app.plantCacheProbe(ada);

        habits.create(daily(ada, "Read"));

        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("editing a habit forgets the owner's cached read models")
    void updateInvalidates() {
        Habit habit = habits.create(daily(ada, "Read"));
        app.plantCacheProbe(ada);

        habits.update(rename(ada, habit.id(), "Read more"));

        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("archiving and unarchiving forget the owner's cached read models")
    void archiveInvalidates() {
        Habit habit = habits.create(daily(ada, "Read"));
        app.plantCacheProbe(ada);
        habits.archive(ada, habit.id());
        assertThat(app.probeSurvived(ada)).isFalse();

        app.plantCacheProbe(ada);
        habits.unarchive(ada, habit.id());
        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("deleting a habit forgets the owner's cached read models")
    void deleteInvalidates() {
        Habit habit = habits.create(daily(ada, "Read"));
        app.plantCacheProbe(ada);

        habits.delete(ada, habit.id());

        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("reordering forgets the owner's cached read models")
    void reorderInvalidates() {
        Habit habit = habits.create(daily(ada, "Read"));
        app.plantCacheProbe(ada);

        habits.reorder(new ReorderHabitsCommand(ada, List.of(habit.id())));

        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("a write of one user leaves another user's cached read models")
    void writesInvalidateOnlyTheOwner() {
        app.plantCacheProbe(bob);

        habits.create(daily(ada, "Read"));

        assertThat(app.probeSurvived(bob)).isTrue();
    }
}
