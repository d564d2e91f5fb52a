package org.habittracker.application.service.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.service.shared.OwnerProfile;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.HabitProgress;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.shared.Dates;

/**
 * Today's summary of each board habit, at a cost that does not grow with the history of a habit whose stored
 * checkpoint still applies: it resumes from it with the check-ins after its day (for a rolling window, after
 * the window's length before it). Any other habit (a fresh edit, a new day) is analysed in full, and gets a checkpoint for the next board when it can have one.
 * Both come from one check-ins query.
 *
 * <p>Checkpoints are stored inside the owner's write transaction, re-reading the history there: a write
 * serialised with the owner's other writes cannot miss a back-dated check-in committed meanwhile, which a
 * checkpoint made from this read's own (earlier) view could.
 */
public final class BoardProgress {
    /** The day before any storable day: "after it" is the whole history. */
    private static final LocalDate BEFORE_ANY_DAY = Dates.EARLIEST.minusDays(1);

    private final CheckInRepository checkIns;
    private final PauseRepository pauses;
    private final ProgressCheckpointRepository checkpoints;
    private final Transactions transactions;

    public BoardProgress(CheckInRepository checkIns, PauseRepository pauses, ProgressCheckpointRepository checkpoints,
            Transactions transactions) {
        this.checkIns = checkIns;
        this.pauses = pauses;
        this.checkpoints = checkpoints;
        this.transactions = transactions;
    }

    /** The summaries of {@code board}'s habits, by habit, in its order. */
    public Map<HabitId, HabitSummary> summaries(OwnerProfile owner, List<Habit> board, LocalDate today) {
        DayOfWeek weekStart = owner.settings().weekStart();
        List<Pause> ownerPauses = pauses.findAll(owner.id());
        Map<HabitId, ProgressCheckpoint> stored = checkpoints.findAll(owner.id());
        Map<HabitId, ProgressCheckpoint> applicable = new LinkedHashMap<>();
        // One query for the board: the days after each usable checkpoint, the whole history of the other habits.
        Map<HabitId, LocalDate> after = new LinkedHashMap<>();
        for (Habit habit : board) {
            ProgressCheckpoint checkpoint = stored.get(habit.id());
            if (checkpoint != null && checkpoint.appliesTo(habit, ownerPauses, weekStart, today)) {
                applicable.put(habit.id(), checkpoint);
                after.put(habit.id(), checkpoint.readsAfter());
            } else {
                after.put(habit.id(), BEFORE_ANY_DAY);
            }
        }
        Map<HabitId, List<CheckIn>> read = board.isEmpty() ? Map.of() : checkIns.findAfter(owner.id(), after);
        Map<HabitId, HabitSummary> summaries = new LinkedHashMap<>();
        List<Habit> unfilled = new ArrayList<>();
        for (Habit habit : board) {
            List<CheckIn> checkInsRead = read.getOrDefault(habit.id(), List.of());
            ProgressCheckpoint checkpoint = applicable.get(habit.id());
            if (checkpoint != null) {
                summaries.put(habit.id(), HabitProgress.resume(habit, checkpoint, checkInsRead, ownerPauses, today,
                        weekStart).orElseThrow(() -> new IllegalStateException("a checkpoint that applies resumes")));
                // A checkpoint no write has dropped would age forever, and the rows after it grow day by day.
                if (checkpoint.isStaleOn(today)) {
                    unfilled.add(habit);
                }
            } else {
                HabitProgress progress = HabitProgress.analyse(habit, checkInsRead, ownerPauses, today, weekStart);
                summaries.put(habit.id(), progress.summary());
                if (progress.checkpoint().isPresent()) {
                    unfilled.add(habit);
                }
            }
        }
        if (!unfilled.isEmpty()) {
            fill(owner, unfilled, today);
        }
        return summaries;
    }

    private void fill(OwnerProfile owner, List<Habit> habits, LocalDate today) {
        transactions.inOwnerTransaction(owner.id(), () -> {
            List<Pause> ownerPauses = pauses.findAll(owner.id());
            for (Habit habit : habits) {
                analyse(owner, habit, ownerPauses, today).checkpoint()
                        .ifPresent(checkpoint -> checkpoints.save(owner.id(), habit.id(), checkpoint));
            }
            return null;
        });
    }

    private HabitProgress analyse(OwnerProfile owner, Habit habit, List<Pause> ownerPauses, LocalDate today) {
        List<CheckIn> history = checkIns.findByHabit(owner.id(), habit.id(), Dates.EARLIEST, today);
        return HabitProgress.analyse(habit, history, ownerPauses, today, owner.settings().weekStart());
    }
}
