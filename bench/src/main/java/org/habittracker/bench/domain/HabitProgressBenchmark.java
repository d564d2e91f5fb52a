package org.habittracker.bench.domain;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.progress.HabitSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ARCHITECTURE.md §8: statistics for a 10-year daily habit in at most 1 ms. Each call analyses from the raw
 * check-ins, as a request without a cache does. Two floors run beside it so the figure can be read as
 * a ratio on whatever machine runs it: an empty call, and one read of every check-in.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar HabitProgressBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HabitProgressBenchmark {
    private TenYearHabit data;

    @Setup
    public void setUp() {
        data = TenYearHabit.build();
    }

    /** The statistics screen: analyse the ten years, then the one-pass statistics. */
    @Benchmark
    public HabitStatistics statistics() {
        return data.analyse().statistics();
    }

    /** One habit of the today board: analyse the ten years, then today's summary. */
    @Benchmark
    public HabitSummary boardSummary() {
        return data.analyse().summary();
    }

    /** Floor: a call that does nothing but hand back its input. */
    @Benchmark
    public Object baselineEmpty() {
        return data;
    }

    /** Floor: read every check-in's day once, the least any analysis must do. */
    @Benchmark
    public long baselineReadCheckIns() {
        List<CheckIn> checkIns = data.checkIns();
        long sum = 0;
        for (CheckIn checkIn : checkIns) {
            sum += checkIn.day().toEpochDay();
        }
        return sum;
    }
}
