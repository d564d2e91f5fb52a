package org.habittracker.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReminderTest {
    private static final HabitId HABIT = new HabitId(UUID.randomUUID());

    @Test
    @DisplayName("a reminder without days and with seconds in its time names both fields")
    void refusesEmptyDaysAndSeconds() {
        assertThatThrownBy(() -> Reminder.of(HABIT, LocalTime.parse("08:30:15"), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("time", "days"));
    }

    @Test
    @DisplayName("days are kept in weekday order whatever order they came in")
    void daysInWeekOrder() {
        Reminder reminder = Reminder.of(HABIT, LocalTime.NOON, Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY));

        assertThat(reminder.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        assertThat(reminder).isEqualTo(Reminder.of(HABIT, LocalTime.NOON, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY)));
    }

    @Test
    @DisplayName("a snooze lasts 1 to 720 minutes")
    void snoozeRange() {
        assertThat(Reminder.checkSnoozeMinutes(1)).isEqualTo(1);
        assertThat(Reminder.checkSnoozeMinutes(720)).isEqualTo(720);
        assertThatThrownBy(() -> Reminder.checkSnoozeMinutes(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Reminder.checkSnoozeMinutes(721)).isInstanceOf(InvalidInputException.class);
    }
}
