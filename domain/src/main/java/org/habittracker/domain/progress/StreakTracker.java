package org.habittracker.domain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Follows the days in order and cuts them into streaks: a missed day ends a run, satisfied days count,
 * every other day just passes. A streak starts and ends on a satisfied day; a run without one is no
 * streak. It also notes the day each streak milestone is first reached, and the day the satisfied days complete
 * the habit's commitment.
 */
final class StreakTracker {
    private final List<Streak> streaks = new ArrayList<>();
    private final List<Milestone> milestones;
    /** The satisfied days that complete the habit's commitment; 0 without one (never reached: counts start at 1). */
    private final int commitment;
    private int length;
    private LocalDate first;
    private LocalDate last;
    /** The longest run so far: a milestone is reached the first time a run grows past it to the milestone's length. */
    private int best;
    private int satisfiedDays;

    /**
     * @param milestones where reached milestones are added, in order; may be shared
     * @param commitment the habit's commitment, whose milestone is the day the satisfied days reach it
     */
    StreakTracker(List<Milestone> milestones, OptionalInt commitment) {
        this(milestones, commitment, 0, 0, 0);
    }

    /** Streaks only, for a caller that does not want the milestones. */
    StreakTracker() {
        this(new ArrayList<>(), OptionalInt.empty());
    }

    /**
     * Going on after a checkpoint's day: {@code openRun} satisfied days of the run that reaches it,
     * {@code bestBefore} the longest run and {@code satisfiedBefore} the satisfied days up to it. The open run,
     * begun before the first day this tracker sees, is not among {@link #finish}'s streaks.
     */
    StreakTracker(List<Milestone> milestones, OptionalInt commitment, int openRun, int bestBefore,
            int satisfiedBefore) {
        this.milestones = milestones;
        this.commitment = commitment.orElse(0);
        this.length = openRun;
        this.best = Math.max(openRun, bestBefore);
        this.satisfiedDays = satisfiedBefore;
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
        satisfiedDays++;
        if (satisfiedDays == commitment) {
            milestones.add(new Milestone(MilestoneKind.COMMITMENT_COMPLETED, day));
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

    /** The satisfied days so far. */
    int satisfiedDays() {
        return satisfiedDays;
    }

    /** Closes the open run and returns every streak, oldest first. */
    List<Streak> finish() {
        missed();
        return List.copyOf(streaks);
    }
}
