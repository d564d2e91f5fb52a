package org.habittracker.application.service.data;

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
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a habit of an import is already the owner's")
class SameHabitTest {
    private static final UserId OWNER = new UserId(UUID.randomUUID());
    private static final Goal PAGES = new Goal.Measured(new BigDecimal("20"), "pages", Goal.Direction.AT_LEAST);

    private static Habit habit(String name, Schedule schedule, Goal goal) {
        return new Habit(new HabitId(UUID.randomUUID()), OWNER, name, "", new HexColor("#00897b"), Optional.empty(),
                schedule, goal, LocalDate.of(2026, 1, 1), OptionalInt.empty(), false, 0, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static Habit renamed(Habit habit, String name) {
        return new Habit(habit.id(), habit.owner(), name, habit.description(), habit.color(), habit.emoji(),
                habit.schedule(), habit.goal(), habit.startDate(), habit.commitmentDays(), habit.archived(),
                habit.position(), habit.createdAt());
    }

    @Test
    @DisplayName("when it has the id of one of the owner's habits, whatever it is called now")
    void byId() {
        Habit own = habit("Run", new Schedule.Daily(), new Goal.YesNo());

        assertThat(SameHabit.alreadyHere(List.of(renamed(own, "Jog")), List.of(own)))
                .containsExactly(Optional.of(own.id()));
    }

    @Test
    @DisplayName("when its name, trimmed and case aside, its schedule and its goal are those of an owner's habit")
    void byNameScheduleAndGoal() {
        Habit own = habit("Read", new Schedule.Daily(), PAGES);
        Habit incoming = habit("  read ", new Schedule.Daily(),
                new Goal.Measured(new BigDecimal("20.000"), "Pages", Goal.Direction.AT_LEAST));

        assertThat(SameHabit.alreadyHere(List.of(incoming), List.of(own))).containsExactly(Optional.of(own.id()));
    }

    @Test
    @DisplayName("not when the name matches but the schedule or the goal does not")
    void sameNameOtherScheduleOrGoalIsNew() {
        Habit own = habit("Read", new Schedule.Daily(), PAGES);
        Habit weekly = habit("Read", new Schedule.Weekdays(Set.of(DayOfWeek.MONDAY)), PAGES);
        Habit yesNo = habit("Read", new Schedule.Daily(), new Goal.YesNo());
        Habit atMost = habit("Read", new Schedule.Daily(),
                new Goal.Measured(new BigDecimal("20"), "pages", Goal.Direction.AT_MOST));

        assertThat(SameHabit.alreadyHere(List.of(weekly, yesNo, atMost), List.of(own)))
                .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("each of the owner's habits stands for one habit of the file, those with its id first")
    void eachOwnHabitMatchesOnce() {
        Habit own = habit("Run", new Schedule.Daily(), new Goal.YesNo());
        Habit twin = habit("Run", new Schedule.Daily(), new Goal.YesNo());

        assertThat(SameHabit.alreadyHere(List.of(twin, own), List.of(own)))
                .containsExactly(Optional.empty(), Optional.of(own.id()));
    }
}
