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
    private static final MilestoneKind[] STREAK_MILESTONES = {
            MilestoneKind.STREAK_7, MilestoneKind.STREAK_14, MilestoneKind.STREAK_30, MilestoneKind.STREAK_66,
            MilestoneKind.STREAK_100, MilestoneKind.STREAK_180, MilestoneKind.STREAK_365};

    private final List<Streak> streaks = new ArrayList<>();
    private final List<Milestone> milestones;
    private int length;
    private LocalDate first;
    private LocalDate last;
    private int nextMilestone;

    /** @param milestones where reached streak milestones are added, in order; may be shared */
    StreakTracker(List<Milestone> milestones) {
        this.milestones = milestones;
    }

    void satisfied(LocalDate day) {
        if (length == 0) {
            first = day;
        }
        length++;
        last = day;
        while (nextMilestone < STREAK_MILESTONES.length
                && length == STREAK_MILESTONES[nextMilestone].streakLength().orElseThrow()) {
            milestones.add(new Milestone(STREAK_MILESTONES[nextMilestone], day));
            nextMilestone++;
        }
    }

    void missed() {
        if (length > 0) {
            streaks.add(new Streak(first, last, length));
        }
        length = 0;
    }

    /** Satisfied days of the run still open: after the last day, the current streak. */
    int openLength() {
        return length;
    }

    /** Closes the open run and returns every streak, oldest first. */
    List<Streak> finish() {
        missed();
        return List.copyOf(streaks);
    }
}
