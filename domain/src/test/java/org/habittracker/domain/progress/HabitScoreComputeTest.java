package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One day's score step, with Loop's {@code ScoreTest} golden values. */
class HabitScoreComputeTest {
    private static final double E = 1e-6;

    @Test
    @DisplayName("a daily habit done moves the score as Loop's compute(1, s, 1)")
    void dailyDone() {
        assertThat(HabitScore.compute(1.0, 0.0, 1.0)).isCloseTo(0.051922, within(E));
        assertThat(HabitScore.compute(1.0, 0.5, 1.0)).isCloseTo(0.525961, within(E));
        assertThat(HabitScore.compute(1.0, 0.75, 1.0)).isCloseTo(0.762981, within(E));
    }

    @Test
    @DisplayName("a daily habit not done moves the score as Loop's compute(1, s, 0)")
    void dailyNotDone() {
        assertThat(HabitScore.compute(1.0, 0.0, 0.0)).isCloseTo(0.0, within(E));
        assertThat(HabitScore.compute(1.0, 0.5, 0.0)).isCloseTo(0.474039, within(E));
        assertThat(HabitScore.compute(1.0, 0.75, 0.0)).isCloseTo(0.711058, within(E));
    }

    @Test
    @DisplayName("a habit once every three days done moves the score as Loop's compute(1/3, s, 1)")
    void nonDailyDone() {
        assertThat(HabitScore.compute(1 / 3.0, 0.0, 1.0)).isCloseTo(0.030314, within(E));
        assertThat(HabitScore.compute(1 / 3.0, 0.5, 1.0)).isCloseTo(0.515157, within(E));
        assertThat(HabitScore.compute(1 / 3.0, 0.75, 1.0)).isCloseTo(0.757578, within(E));
    }

    @Test
    @DisplayName("a habit once every three days not done moves the score as Loop's compute(1/3, s, 0)")
    void nonDailyNotDone() {
        assertThat(HabitScore.compute(1 / 3.0, 0.0, 0.0)).isCloseTo(0.0, within(E));
        assertThat(HabitScore.compute(1 / 3.0, 0.5, 0.0)).isCloseTo(0.484842, within(E));
        assertThat(HabitScore.compute(1 / 3.0, 0.75, 0.0)).isCloseTo(0.727263, within(E));
    }
}
