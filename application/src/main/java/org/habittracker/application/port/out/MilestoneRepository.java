package org.habittracker.application.port.out;

import java.util.List;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.user.UserId;

/** Milestones are recorded once, with the day they were first reached, and kept even if history changes. */
public interface MilestoneRepository {

    /** Records the milestones whose kind the habit does not have yet; the others are left as they are. */
    void recordNew(UserId owner, HabitId habit, List<Milestone> milestones);

    /** The habit's recorded milestones, by day reached. */
    List<Milestone> findByHabit(UserId owner, HabitId habit);
}
