package org.habittracker.domain.progress;

import java.time.LocalDate;

public record Milestone(MilestoneKind kind, LocalDate reachedOn) {
}
