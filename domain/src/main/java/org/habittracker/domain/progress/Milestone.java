package org.habittracker.domain.progress;

import java.time.LocalDate;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.Dates;

/** A milestone reached on a day the product stores: one computed here, or one an import brings back. */
public record Milestone(MilestoneKind kind, LocalDate reachedOn) {
    public Milestone {
        Check.notNull(kind, "kind");
        Dates.storable(reachedOn, "reachedOn");
    }
}
