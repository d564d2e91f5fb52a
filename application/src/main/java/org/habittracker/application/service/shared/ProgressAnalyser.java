package org.habittracker.application.service.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.HabitProgress;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;

/** Loads what the domain needs to analyse a habit, and records the milestones its history has reached. */
public final class ProgressAnalyser {
    private final CheckInRepository checkIns;
    private final PauseRepository pauses;
    private final MilestoneRepository milestones;
    private final ProgressCheckpointRepository checkpoints;

    public ProgressAnalyser(CheckInRepository checkIns, PauseRepository pauses, MilestoneRepository milestones,
            ProgressCheckpointRepository checkpoints) {
        this.checkIns = checkIns;
        this.pauses = pauses;
        this.milestones = milestones;
        this.checkpoints = checkpoints;
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

    /**
     * The habit's board entry after a write of its check-ins, inside that write's transaction, with the
     * milestones recorded when {@code recordMilestones}: exactly {@code recordMilestones(...).summary()} (or
     * {@code analyse(...).summary()}), at the cost of a board read when it can be.
     *
     * <p>It resumes from the habit's stored checkpoint (read after the write, which drops one the write made
     * stale) with the check-ins after it, when the checkpoint applies and the milestones the full analysis would
     * record are known without it: either every kind the habit can reach is recorded already (recorded ones are
     * never replaced, so the full analysis would record nothing), or none of the kinds still missing was reached
     * by the days up to the checkpoint ({@link ProgressCheckpoint.Reached}), so each is first reached after it,
     * where the resume sees it ({@link HabitProgress#resumeWithMilestones}). Otherwise it analyses the whole
     * history, records the kinds not recorded yet (usually none: no statement then), and stores the fresh
     * checkpoint that analysis gives when none complete applies, so the next board read or tap resumes. A
     * complete checkpoint that still applies is kept: resuming from it is as exact as from a fresh one, and
     * rewriting it would cost every tap a write.
     */
    public HabitSummary afterWrite(UserId owner, DayOfWeek weekStart, Habit habit, LocalDate today,
            boolean recordMilestones) {
        List<Pause> ownerPauses = pauses.findAll(owner);
        ProgressCheckpoint checkpoint = checkpoints.findAll(owner).get(habit.id());
        boolean checkpointApplies = checkpoint != null && checkpoint.appliesTo(habit, ownerPauses, weekStart, today)
                && !checkpoint.isStaleOn(today);
        Set<MilestoneKind> recorded = recordMilestones ? recordedKinds(owner, habit) : Set.of();
        Set<MilestoneKind> missing = recordMilestones ? missingKinds(habit, recorded) : Set.of();
        if (checkpointApplies && missing.isEmpty()) {
            return HabitProgress.resume(habit, checkpoint, later(owner, habit, checkpoint), ownerPauses, today,
                    weekStart).orElseThrow(() -> new IllegalStateException("a checkpoint that applies resumes"));
        }
        if (checkpointApplies && checkpoint.reached().filter(before -> missing.stream()
                .noneMatch(kind -> before.reached(kind, habit))).isPresent()) {
            Optional<HabitProgress.ResumedWithMilestones> resumed = HabitProgress.resumeWithMilestones(habit,
                    checkpoint, later(owner, habit, checkpoint), ownerPauses, today, weekStart);
            if (resumed.isPresent()) {
                recordNew(owner, habit, resumed.get().milestones(), recorded);
                return resumed.get().summary();
            }
        }
        List<CheckIn> history = checkIns.findByHabit(owner, habit.id(), Dates.EARLIEST, today);
        HabitProgress progress = HabitProgress.analyse(habit, history, ownerPauses, today, weekStart);
        if (recordMilestones) {
            recordNew(owner, habit, progress.statistics().milestones(), recorded);
        }
        if (!checkpointApplies || !checkpoint.isComplete()) {
            progress.checkpoint().ifPresent(fresh -> checkpoints.save(owner, habit.id(), fresh));
        }
        return progress.summary();
    }

    private List<CheckIn> later(UserId owner, Habit habit, ProgressCheckpoint checkpoint) {
        return checkIns.findAfter(owner, Map.of(habit.id(), checkpoint.readsAfter()))
                .getOrDefault(habit.id(), List.of());
    }

    /** Records those of {@code reached} whose kind is not recorded yet; no statement when there are none. */
    private void recordNew(UserId owner, Habit habit, List<Milestone> reached, Set<MilestoneKind> recorded) {
        List<Milestone> fresh = reached.stream().filter(milestone -> !recorded.contains(milestone.kind())).toList();
        if (!fresh.isEmpty()) {
            milestones.recordNew(owner, habit.id(), fresh);
        }
    }

    private Set<MilestoneKind> recordedKinds(UserId owner, Habit habit) {
        Set<MilestoneKind> kinds = EnumSet.noneOf(MilestoneKind.class);
        milestones.findByHabit(owner, habit.id()).forEach(recorded -> kinds.add(recorded.kind()));
        return kinds;
    }

    /** The milestone kinds the habit can reach and has not recorded yet (streak kinds, its commitment if any). */
    private static Set<MilestoneKind> missingKinds(Habit habit, Set<MilestoneKind> recorded) {
        EnumSet<MilestoneKind> missing = EnumSet.allOf(MilestoneKind.class);
        if (habit.commitmentDays().isEmpty()) {
            missing.remove(MilestoneKind.COMMITMENT_COMPLETED);
        }
        missing.removeAll(recorded);
        return missing;
    }
}
