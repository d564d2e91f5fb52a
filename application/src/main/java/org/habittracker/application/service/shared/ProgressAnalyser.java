package org.habittracker.application.service.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.HabitProgress;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;

/** Loads what the domain needs to analyse a habit, and records the milestones its history has reached. */
public final class ProgressAnalyser {
    private final CheckInRepository checkIns;
    private final PauseRepository pauses;
    private final MilestoneRepository milestones;

    public ProgressAnalyser(CheckInRepository checkIns, PauseRepository pauses, MilestoneRepository milestones) {
        this.checkIns = checkIns;
        this.pauses = pauses;
        this.milestones = milestones;
    }

    /** The habit's whole history up to {@code today}. */
    public HabitProgress analyse(User owner, Habit habit, LocalDate today) {
        return analyse(owner.id(), owner.settings().weekStart(), habit, today);
    }

    /** As {@link #analyse(User, Habit, LocalDate)}, for reads that know the owner from the cached profile. */
    public HabitProgress analyse(OwnerProfile owner, Habit habit, LocalDate today) {
        return analyse(owner.id(), owner.settings().weekStart(), habit, today);
    }

    private HabitProgress analyse(UserId owner, DayOfWeek weekStart, Habit habit, LocalDate today) {
        List<CheckIn> history = checkIns.findByHabit(owner, habit.id(), Dates.EARLIEST, today);
        return HabitProgress.analyse(habit, history, pauses.findAll(owner), today, weekStart);
    }

    /**
     * Records the milestones the habit's history reaches now; those recorded before keep their first
     * day. Called inside the write that may have reached them.
     *
     * @return the analysis the milestones came from, for the caller's answer
     */
    public HabitProgress recordMilestones(User owner, Habit habit, LocalDate today) {
        HabitProgress progress = analyse(owner, habit, today);
        milestones.recordNew(owner.id(), habit.id(), progress.statistics().milestones());
        return progress;
    }

    /** The same for several habits, reading the owner's check-ins and pauses once. */
    public void recordMilestones(User owner, List<Habit> habits, LocalDate today) {
        Map<HabitId, List<CheckIn>> all = checkIns.findAllByOwner(owner.id());
        List<Pause> ownerPauses = pauses.findAll(owner.id());
        for (Habit habit : habits) {
            HabitProgress progress = HabitProgress.analyse(habit, all.getOrDefault(habit.id(), List.of()),
                    ownerPauses, today, owner.settings().weekStart());
            milestones.recordNew(owner.id(), habit.id(), progress.statistics().milestones());
        }
    }
}
