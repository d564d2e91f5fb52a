package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Set;
import org.habittracker.domain.habit.Schedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How often each schedule asks, as the score weighs it: Loop's frequency {@code times / days}. */
class ScheduleAskTest {

    @Test
    @DisplayName("daily and weekdays ask 1/1 on the days they are due")
    void dailyAndWeekdays() {
        assertThat(HabitScore.Ask.of(new Schedule.Daily())).isEqualTo(new HabitScore.Ask(1, 1));
        assertThat(HabitScore.Ask.of(new Schedule.Weekdays(Set.of(DayOfWeek.MONDAY))))
                .isEqualTo(new HabitScore.Ask(1, 1));
    }

    @Test
    @DisplayName("a window asks times ÷ days, a week times ÷ 7, a month times ÷ 30")
    void periods() {
        assertThat(HabitScore.Ask.of(new Schedule.TimesPerWindow(3, 7)).frequency()).isEqualTo(3 / 7.0);
        assertThat(HabitScore.Ask.of(new Schedule.TimesPerWeek(2)).frequency()).isEqualTo(2 / 7.0);
        assertThat(HabitScore.Ask.of(new Schedule.TimesPerMonth(10)).frequency()).isEqualTo(10 / 30.0);
    }

    @Test
    @DisplayName("every day of a window (n/n) asks 1/1, as Loop's Frequency normalises it")
    void everyDayOfAWindowIsDaily() {
        assertThat(HabitScore.Ask.of(new Schedule.TimesPerWindow(2, 2))).isEqualTo(new HabitScore.Ask(1, 1));
        assertThat(HabitScore.Ask.of(new Schedule.TimesPerWindow(365, 365))).isEqualTo(new HabitScore.Ask(1, 1));
        assertThat(HabitScore.Ask.of(new Schedule.TimesPerWeek(7))).isEqualTo(new HabitScore.Ask(1, 1));
    }

    @Test
    @DisplayName("a month asks at most 30/30, which is 1/1")
    void aFullMonthIsDaily() {
        assertThat(HabitScore.Ask.of(new Schedule.TimesPerMonth(31))).isEqualTo(new HabitScore.Ask(1, 1));
        assertThat(HabitScore.Ask.of(new Schedule.TimesPerMonth(30))).isEqualTo(new HabitScore.Ask(1, 1));
    }
}
