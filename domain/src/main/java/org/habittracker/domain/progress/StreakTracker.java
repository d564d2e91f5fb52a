package org.habittracker.domain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the days in order and cuts them into streaks: a missed day ends a run, satisfied days count,
 * every other day just passes. A streak starts and ends on a satisfied day; a run without one is no
 * streak. It also notes the day each streak milestone is first reached.
 */
final class StreakTracker {
    private final List<Streak> streaks = new ArrayList<>();
    private final List<Milestone> milestones;
    private int length;
    private LocalDate first;
    private LocalDate last;
    /** The longest run so far: a milestone is reached the first time a run grows past it to the milestone's length. */
    private int best;

    /** @param milestones where reached streak milestones are added, in order; may be shared */
    StreakTracker(List<Milestone> milestones) {
        this(milestones, 0, 0);
    }

    /**
     * Going on after a checkpoint's day: {@code openRun} satisfied days of the run that reaches it, and
     * {@code bestBefore} the longest run up to it. The open run, begun before the first day this tracker sees,
     * is not among {@link #finish}'s streaks.
     */
    StreakTracker(List<Milestone> milestones, int openRun, int bestBefore) {
        this.milestones = milestones;
        this.length = openRun;
        this.best = Math.max(openRun, bestBefore);
    }

    void satisfied(LocalDate day) {
        if (length == 0) {
            first = day;
        }
        length++;
        last = day;
        if (length > best) {
            best = length;
            MilestoneKind.ofStreak(length).ifPresent(kind -> milestones.add(new Milestone(kind, day)));
        }
    }

    void missed() {
        if (length > 0 && first != null) {
            streaks.add(new Streak(first, last, length));
        }
        length = 0;
        first = null;
    }

    /** Satisfied days of the run still open: after the last day, the current streak. */
    int openLength() {
        return length;
    }

    /** The longest run so far, the open one included. */
    int best() {
        return best;
    }

    /** Closes the open run and returns every streak, oldest first. */
    List<Streak> finish() {
        missed();
        return List.copyOf(streaks);
    }
}
