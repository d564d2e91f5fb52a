package org.habittracker.bench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.progress.HabitSummary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark's data and methods work; the build runs this, never the benchmark itself. */
class HabitProgressBenchmarkTest {

    @Test
    @DisplayName("the ten-year habit is about 80 % done over 3,600+ days and its statistics say so")
    void fixtureIsRealistic() {
        HabitProgressBenchmark benchmark = new HabitProgressBenchmark();
        benchmark.setUp();

        HabitStatistics stats = benchmark.statistics();
        assertThat(stats.scoreSeries()).hasSize(3653);
        assertThat(stats.totalSatisfied()).isBetween(2800, 3050);
        assertThat(stats.completionRate().allTime()).isBetween(0.85, 0.95);
        assertThat(stats.byMonth()).hasSize(121);
        assertThat(stats.milestones()).isNotEmpty();

        HabitSummary summary = benchmark.boardSummary();
        assertThat(summary.score()).isEqualTo(stats.score());
        assertThat(summary.currentStreak()).isEqualTo(stats.currentStreak());
        assertThat(benchmark.baselineReadCheckIns()).isPositive();
        assertThat(benchmark.baselineEmpty()).isNotNull();
    }
}
