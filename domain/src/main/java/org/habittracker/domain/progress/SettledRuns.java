package org.habittracker.domain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.habittracker.domain.progress.WindowIntervals.Interval;
import org.habittracker.domain.shared.Check;

/**
 * What a rolling window's settled runs contribute to a resumed analysis: the runs of satisfied days wholly on
 * or before a checkpoint's {@code asOf}, which no later check-in can add, remove or redefine, but which later
 * runs can still move ({@link WindowIntervals#snapTogether}).
 *
 * <p>Why this is all a resume needs (days {@code d}, window {@code w}):
 * <ul>
 * <li>A run ending after {@code asOf} (a <em>newer</em> run) begins after {@code asOf − w + 1}, and snapping
 * never moves an interval's end before its run's newest day, so it marks no day before
 * {@code readFrom = asOf − w + 2}. Its move depends on newer runs alone: reading the check-ins from
 * {@code readFrom} gives every newer run and its exact place.</li>
 * <li>The settled runs' moves depend on the newer runs only through the end of the oldest newer run, and
 * only through where that puts the newest settled run's end: one of at most {@code w} days (between its
 * run's newest day and its unmoved end). For each, this holds the days from {@code readFrom} on that the
 * settled runs then mark (they end by {@code asOf + w − 1}) and the open streak before {@code readFrom}
 * (days the newer runs cannot reach). Nothing here grows with the history.</li>
 * </ul>
 *
 * @param readFrom the first day whose check-ins a resumed analysis reads
 * @param branches ascending by {@link Branch#upTo}; the first that reaches the oldest newer run's end applies
 */
public record SettledRuns(LocalDate readFrom, List<Branch> branches) {
    /** {@link Branch#upTo} of the branch for no newer run at all (and for one too far ahead to move any). */
    public static final int NO_NEWER_RUN = Integer.MAX_VALUE;

    public SettledRuns {
        Check.notNull(readFrom, "readFrom");
        branches = List.copyOf(branches);
        // Not user input: a stored checkpoint that breaks this is a defect, not a 4xx.
        if (branches.isEmpty() || branches.getLast().upTo() != NO_NEWER_RUN) {
            throw new IllegalArgumentException("settled runs must end with the branch for no newer run");
        }
    }

    /**
     * @param upTo         the latest end of the oldest newer run, in days after {@code asOf}, this branch is for
     * @param streakBefore satisfied days in the run without a missed day that reaches the day before
     *                     {@code readFrom}
     * @param marked       bit {@code k}: the settled runs imply day {@code readFrom + k}
     */
    public record Branch(int upTo, int streakBefore, BitSet marked) {
        public Branch {
            Check.notNull(marked, "marked");
            marked = (BitSet) marked.clone();
        }

        @Override
        public BitSet marked() {
            return (BitSet) marked.clone();
        }

        private boolean sameEffect(Branch other) {
            return streakBefore == other.streakBefore && marked.equals(other.marked);
        }
    }

    /** The implied days of a resumed timeline (index 0 is {@code readFrom}), and the open streak before it. */
    record Resumed(boolean[] implied, int streakBefore) {
    }

    /**
     * The settled runs of a full timeline at the end of day {@code asOf} (an index before today).
     */
    static SettledRuns settle(Timeline timeline, int times, int days, int asOf) {
        int readFrom = Math.max(0, asOf - days + 2);
        int lastMarkable = asOf + days - 1;
        List<Interval> settled = WindowIntervals.build(WindowIntervals.newestFirst(timeline.satisfied, asOf), times,
                days);
        List<Branch> branches = new ArrayList<>();
        if (settled.isEmpty()) {
            branches.add(branch(timeline, settled, readFrom, lastMarkable, NO_NEWER_RUN));
        } else {
            Interval newest = settled.getFirst();
            // The newest settled run's end lands on y: for a newer run ending on y + days (or on or before it,
            // for y at its run's newest day), or on its unmoved end for one ending later or none.
            for (int y = newest.center(); y <= newest.end(); y++) {
                boolean unmoved = y == newest.end();
                List<Interval> moved = unmoved ? WindowIntervals.snapTogether(settled)
                        : WindowIntervals.snapTogether(settled, y + 1);
                Branch branch = branch(timeline, moved, readFrom, lastMarkable,
                        unmoved ? NO_NEWER_RUN : y + days - asOf);
                if (!branches.isEmpty() && branches.getLast().sameEffect(branch)) {
                    branches.set(branches.size() - 1, branch);
                } else {
                    branches.add(branch);
                }
            }
        }
        return new SettledRuns(timeline.dayAt(readFrom), branches);
    }

    private static Branch branch(Timeline timeline, List<Interval> moved, int readFrom, int lastMarkable, int upTo) {
        // Coverage counts by difference: linear in runs plus days, whatever the window's length.
        int[] starts = new int[lastMarkable + 2];
        for (Interval interval : moved) {
            int from = Math.max(0, interval.begin());
            int to = Math.min(lastMarkable, interval.end());
            if (from <= to) {
                starts[from]++;
                starts[to + 1]--;
            }
        }
        boolean[] implied = new boolean[lastMarkable + 1];
        int covering = 0;
        for (int day = 0; day <= lastMarkable; day++) {
            covering += starts[day];
            implied[day] = covering > 0;
        }
        int streak = 0;
        for (int day = readFrom - 1; day >= 0; day--) {
            if (timeline.satisfied[day]) {
                streak++;
            } else if (!timeline.skipped[day] && !timeline.paused[day] && !implied[day]) {
                break;
            }
        }
        BitSet marked = new BitSet();
        for (int day = readFrom; day <= lastMarkable; day++) {
            if (implied[day]) {
                marked.set(day - readFrom);
            }
        }
        return new Branch(upTo, streak, marked);
    }

    /**
     * The implied days of {@code timeline}, which starts on {@link #readFrom} and holds every check-in from it,
     * {@code asOf} being the checkpoint's day as an index in it.
     */
    Resumed resume(Timeline timeline, int times, int days, int asOf) {
        List<Interval> runs = WindowIntervals.build(WindowIntervals.newestFirst(timeline.satisfied,
                timeline.length - 1), times, days);
        int newerCount = 0;
        while (newerCount < runs.size() && runs.get(newerCount).center() > asOf) {
            newerCount++;
        }
        List<Interval> newer = WindowIntervals.snapTogether(runs.subList(0, newerCount));
        int oldestNewerEnd = newer.isEmpty() ? NO_NEWER_RUN : newer.getLast().end() - asOf;
        Branch branch = branches.stream().filter(b -> b.upTo() >= oldestNewerEnd).findFirst().orElseThrow();
        boolean[] implied = new boolean[timeline.length];
        WindowIntervals.mark(newer, implied);
        BitSet marked = branch.marked;
        for (int k = marked.nextSetBit(0); k >= 0 && k < implied.length; k = marked.nextSetBit(k + 1)) {
            implied[k] = true;
        }
        return new Resumed(implied, branch.streakBefore());
    }
}
