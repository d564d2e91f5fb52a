package org.habittracker.domain.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Which days a rolling "x times per y days" schedule implies, with the same results as Loop Habit
 * Tracker's {@code EntryList} (its YES_AUTO days), checked against Loop's own test vectors.
 *
 * <p>Days are plain integers on one axis where a larger number is a later day (the analysis uses the
 * index from the habit's first day; tests use offsets from today). Every list of days and of intervals
 * runs from the newest to the oldest, as Loop's do.
 *
 * <p>One difference, on purpose: Loop stretches a window of 30 or 31 days to the length of a calendar
 * month, because that is how it stores "per month". Our calendar months are {@code TimesPerMonth}, so
 * a {@code TimesPerWindow} window is always exactly its number of days.
 */
final class WindowIntervals {

    /**
     * A stretch of days that one run of {@code times} satisfied days covers. {@code begin} is its
     * oldest satisfied day, {@code center} its newest, {@code end} its last day ({@code begin + days − 1}
     * before snapping).
     */
    record Interval(int begin, int center, int end) {
    }

    private WindowIntervals() {
    }

    /**
     * One interval for every run of {@code times} consecutive satisfied days that fits in a window of
     * {@code days}: it starts at the oldest day of the run and lasts {@code days} days.
     *
     * @param satisfiedNewestFirst the satisfied days, newest first, no duplicates
     */
    static List<Interval> build(int[] satisfiedNewestFirst, int times, int days) {
        List<Interval> intervals = new ArrayList<>();
        for (int i = times - 1; i < satisfiedNewestFirst.length; i++) {
            int begin = satisfiedNewestFirst[i];
            int center = satisfiedNewestFirst[i - times + 1];
            if (center - begin < days) {
                intervals.add(new Interval(begin, center, begin + days - 1));
            }
        }
        return intervals;
    }

    /**
     * Walking from the second newest interval to the oldest, moves each interval that overlaps the
     * (already moved) newer one back in time, by as much as closes the overlap but never so far that
     * it stops covering its own newest satisfied day. This leaves no gap between overlapping runs and
     * so gives the longest streaks.
     */
    static List<Interval> snapTogether(List<Interval> newestFirst) {
        List<Interval> result = new ArrayList<>(newestFirst);
        for (int i = 1; i < result.size(); i++) {
            result.set(i, snapBehind(result.get(i), result.get(i - 1).begin()));
        }
        return result;
    }

    /**
     * As {@link #snapTogether(List)} for the older part of a longer list, the newer part already moved and
     * its oldest interval beginning on {@code newerBegin}. Each interval's move depends on the moved newer
     * one alone, so the older part's moves are a function of that one number: this is what lets a
     * checkpoint carry the runs it has settled ({@link SettledRuns}).
     */
    static List<Interval> snapTogether(List<Interval> newestFirst, int newerBegin) {
        List<Interval> result = new ArrayList<>(newestFirst);
        int begin = newerBegin;
        for (int i = 0; i < result.size(); i++) {
            Interval moved = snapBehind(result.get(i), begin);
            result.set(i, moved);
            begin = moved.begin();
        }
        return result;
    }

    /** {@code current} moved back to close its overlap with a newer interval beginning on {@code newerBegin}. */
    private static Interval snapBehind(Interval current, int newerBegin) {
        int overlap = current.end() - newerBegin;
        if (overlap < 0) {
            return current;
        }
        int shift = Math.min(current.end() - current.center(), overlap + 1);
        return new Interval(current.begin() - shift, current.center(), current.end() - shift);
    }

    /**
     * Marks in {@code implied} (indexed by day, days outside it ignored) every day an interval covers.
     * Whether a marked day is satisfied, skipped or paused is for the caller to weigh.
     */
    static void mark(List<Interval> intervals, boolean[] implied) {
        for (Interval interval : intervals) {
            int from = Math.max(0, Math.min(interval.begin(), interval.end()));
            int to = Math.min(implied.length - 1, Math.max(interval.begin(), interval.end()));
            for (int day = from; day <= to; day++) {
                implied[day] = true;
            }
        }
    }

    /** The implied days of a timeline for "{@code times} per {@code days}": build, snap, mark. */
    static boolean[] impliedDays(boolean[] satisfied, int times, int days) {
        boolean[] implied = new boolean[satisfied.length];
        mark(snapTogether(build(newestFirst(satisfied, satisfied.length - 1), times, days)), implied);
        return implied;
    }

    /** The indices of the satisfied days up to {@code last}, newest first. */
    static int[] newestFirst(boolean[] satisfied, int last) {
        int count = 0;
        for (int day = 0; day <= last; day++) {
            if (satisfied[day]) {
                count++;
            }
        }
        int[] newestFirst = new int[count];
        int k = 0;
        for (int day = last; day >= 0; day--) {
            if (satisfied[day]) {
                newestFirst[k++] = day;
            }
        }
        return newestFirst;
    }
}
