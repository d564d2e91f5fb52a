package org.habittracker.domain.progress;

import java.util.Optional;
import java.util.OptionalInt;

public enum MilestoneKind {
    STREAK_7(7), STREAK_14(14), STREAK_30(30), STREAK_66(66), STREAK_100(100), STREAK_180(180), STREAK_365(365),
    COMMITMENT_COMPLETED(0);

    private final int streakLength;

    MilestoneKind(int streakLength) {
        this.streakLength = streakLength;
    }

    /** The streak milestone of exactly this length, if there is one. */
    public static Optional<MilestoneKind> ofStreak(int length) {
        for (MilestoneKind kind : values()) {
            if (kind.streakLength == length && length > 0) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The streak length this milestone stands for; empty for the commitment milestone. */
    public OptionalInt streakLength() {
        return streakLength == 0 ? OptionalInt.empty() : OptionalInt.of(streakLength);
    }
}
