package org.habittracker.domain.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.habittracker.domain.habit.Schedule;

/**
 * Decides what each day of a {@link Timeline} is (ARCHITECTURE.md §2), and which days leave the score as it
 * was.
 *
 * <p>In order: a day with DONE meeting the goal is SATISFIED; else a skipped or paused day is EXCUSED;
 * else the schedule decides:
 * <ul>
 * <li>{@code Daily}: due.</li>
 * <li>{@code Weekdays}: due on the chosen weekdays, EXCUSED on the others.</li>
 * <li>{@code TimesPerWindow}: EXCUSED when implied by a run of satisfied days (Loop's YES_AUTO, see
 * {@link WindowIntervals}), else due.</li>
 * <li>{@code TimesPerWeek}/{@code TimesPerMonth}: see {@link #classifyPeriods}.</li>
 * </ul>
 * A due day is PENDING when it is today and MISSED before. A day PENDING today never ends a streak.
 *
 * <p>The score treats two kinds of excused day differently, as Loop does: a day the user set aside
 * (skipped, paused, not one of the chosen weekdays: Loop's SKIP) leaves the score unchanged, while a
 * day excused because the schedule is already met (Loop's YES_AUTO) still moves it by the rolling
 * window. Today while PENDING with nothing recorded also leaves it unchanged, so the board does not
 * count today as failed before it is over (Loop does; we do not); an amount recorded today counts at
 * once, met or not.
 */
final class DayClassifier {

    /** The state of every day, and whether each day leaves the score unchanged. */
    record Classification(DayState[] states, boolean[] holdsScore) {
    }

    private DayClassifier() {
    }

    static Classification classify(Timeline timeline, Schedule schedule, DayOfWeek weekStart) {
        return classify(timeline, schedule, weekStart, null);
    }

    /**
     * As {@link #classify(Timeline, Schedule, DayOfWeek)} for a rolling window whose implied days are known
     * already: a resumed timeline, which lacks the runs before it ({@link SettledRuns}).
     */
    static Classification classifyWindow(Timeline timeline, Schedule.TimesPerWindow window, boolean[] implied) {
        return classify(timeline, window, DayOfWeek.MONDAY, implied);
    }

    /** @param knownImplied a rolling window's implied days, or null to work them out from the timeline */
    private static Classification classify(Timeline timeline, Schedule schedule, DayOfWeek weekStart,
            boolean[] knownImplied) {
        int n = timeline.length;
        DayState[] states = new DayState[n];
        boolean[] holds = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (timeline.satisfied[i]) {
                states[i] = DayState.SATISFIED;
            } else if (timeline.skipped[i] || timeline.paused[i]) {
                states[i] = DayState.EXCUSED;
                holds[i] = true;
            }
        }
        switch (schedule) {
            case Schedule.Daily daily -> markDue(states);
            case Schedule.Weekdays weekdays -> {
                for (int i = 0; i < n; i++) {
                    if (states[i] == null && !weekdays.days().contains(timeline.weekdayAt(i))) {
                        states[i] = DayState.EXCUSED;
                        holds[i] = true;
                    }
                }
                markDue(states);
            }
            case Schedule.TimesPerWindow window -> {
                boolean[] implied = knownImplied != null ? knownImplied
                        : WindowIntervals.impliedDays(timeline.satisfied, window.times(), window.days());
                for (int i = 0; i < n; i++) {
                    if (states[i] == null && implied[i]) {
                        states[i] = DayState.EXCUSED;
                    }
                }
                markDue(states);
            }
            case Schedule.TimesPerWeek week -> classifyPeriods(timeline, states, week.times(),
                    new WeekPeriods(weekStart));
            case Schedule.TimesPerMonth month -> classifyPeriods(timeline, states, month.times(), new MonthPeriods());
        }
        if (n > 0 && states[n - 1] == DayState.PENDING && !timeline.doneToday()) {
            holds[n - 1] = true;
        }
        return new Classification(states, holds);
    }

    /** Every day not yet decided is due: PENDING today, MISSED before. */
    private static void markDue(DayState[] states) {
        int today = states.length - 1;
        for (int i = 0; i < states.length; i++) {
            if (states[i] == null) {
                states[i] = i == today ? DayState.PENDING : DayState.MISSED;
            }
        }
    }

    /** Cuts the calendar into periods: weeks from the user's week start, or months. */
    interface Periods {
        LocalDate startOf(LocalDate day);

        LocalDate endOf(LocalDate start);
    }

    record WeekPeriods(DayOfWeek weekStart) implements Periods {
        @Override
        public LocalDate startOf(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(weekStart));
        }

        @Override
        public LocalDate endOf(LocalDate start) {
            return start.plusDays(6);
        }
    }

    record MonthPeriods() implements Periods {
        @Override
        public LocalDate startOf(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        public LocalDate endOf(LocalDate start) {
            return start.withDayOfMonth(start.lengthOfMonth());
        }
    }

    /**
     * Calendar periods asking for {@code times} satisfied days each.
     *
     * <p>A period asks for {@code min(times, available)} days, where the available days are those on
     * or after the habit's first day that were not skipped or paused (a satisfied day always counts).
     * So a month shorter than {@code times} asks for every day, a habit started on the last day of a
     * week asks for one day that week, and a week-long pause asks for nothing.
     * <ul>
     * <li>Met (enough satisfied days): its other days are EXCUSED.</li>
     * <li>Ended short: its due days are MISSED.</li>
     * <li>The current period, short so far: while it can still be met (satisfied days plus the
     * available days from today to its end reach the ask), its unsatisfied past days are PENDING, not
     * missed; once it cannot, they are MISSED. Today is PENDING either way.</li>
     * </ul>
     */
    static void classifyPeriods(Timeline timeline, DayState[] states, int times, Periods periods) {
        int n = timeline.length;
        int today = n - 1;
        int lo = 0;
        while (lo < n) {
            LocalDate start = periods.startOf(timeline.dayAt(lo));
            LocalDate end = periods.endOf(start);
            int endIndex = timeline.indexOf(end);
            int hi = Math.min(today, endIndex);
            int satisfied = 0;
            int available = 0;
            for (int i = lo; i <= hi; i++) {
                if (timeline.satisfied[i]) {
                    satisfied++;
                }
                if (!timeline.excusedByUser(i)) {
                    available++;
                }
            }
            int availableAhead = 0;
            for (LocalDate day = timeline.today.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (!timeline.pausedOn(day)) {
                    availableAhead++;
                }
            }
            int required = Math.min(times, available + availableAhead);
            boolean met = satisfied >= required;
            boolean ended = endIndex < today;
            boolean todayOpen = hi == today && !timeline.satisfied[today] && !timeline.excusedByUser(today);
            boolean canStillMeet = satisfied + availableAhead + (todayOpen ? 1 : 0) >= required;
            for (int i = lo; i <= hi; i++) {
                if (states[i] != null) {
                    continue;
                }
                if (met) {
                    states[i] = DayState.EXCUSED;
                } else if (ended) {
                    states[i] = DayState.MISSED;
                } else if (i == today) {
                    states[i] = DayState.PENDING;
                } else {
                    states[i] = canStillMeet ? DayState.PENDING : DayState.MISSED;
                }
            }
            lo = hi + 1;
        }
    }
}
